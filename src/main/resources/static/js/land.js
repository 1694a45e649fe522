// A parcel's area today as a pie: the owner's own use and each lessee's share. The data sits in the element's
// data-chart attribute (the CSP forbids inline scripts).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('area-split-chart');
    if (!el || typeof echarts === 'undefined' || !el.dataset.chart) {
      return;
    }
    var slices = JSON.parse(el.dataset.chart);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: slices.map(function (s) { return { name: s.name, value: Number(s.value) }; })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
