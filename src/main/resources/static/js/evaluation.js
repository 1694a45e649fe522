// A run's grade distribution (per cohort, industry section or division) as a stacked bar chart: one bar per group,
// one stack segment per grade, the tooltip giving each grade's count and share of the group. The data sits in the
// element's data-chart attribute (the CSP forbids inline scripts).
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
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var lines = [items.length ? items[0].axisValueLabel : ''];
          items.forEach(function (it) {
            var pct = data.series[it.seriesIndex].percents[it.dataIndex];
            lines.push(it.marker + it.seriesName + ': ' + it.value + ' (' + pct + '%)');
          });
          return lines.join('<br>');
        }
      },
      legend: { data: data.series.map(function (s) { return s.name; }) },
      grid: { left: 50, right: 16, top: 36, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'grades', data: s.data, emphasis: { focus: 'series' } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
