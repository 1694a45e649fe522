// A run's grade distribution per cohort as a bar chart. The data sits in the element's data-chart attribute
// (the CSP forbids inline scripts).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('grade-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(el.dataset.chart);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: data.series.map(function (s) { return s.name; }) },
      grid: { left: 50, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: data.categories },
      yAxis: { type: 'value' },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
