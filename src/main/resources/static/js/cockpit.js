// The cockpit's charts. Data comes from /cockpit/data (the CSP forbids inline scripts); every chart drills down to
// the firms behind it through /cockpit/firms.
(function () {
  'use strict';

  function firmsUrl(root, params) {
    var q = new URLSearchParams(params);
    q.set('period', root.dataset.period);
    return root.dataset.firmsUrl + '?' + q.toString();
  }

  function monthsChart(el, data, theme, root) {
    var chart = echarts.init(el, theme);
    chart.setOption({
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      legend: { data: [data.text.thisYear, data.text.lastYear] },
      grid: { left: 50, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: data.months.map(function (m) { return m.month; }) },
      yAxis: { type: 'value', name: data.text.unit },
      series: [
        { name: data.text.thisYear, type: 'bar', data: data.months.map(function (m) { return m.thisYear; }) },
        { name: data.text.lastYear, type: 'line', smooth: true, data: data.months.map(function (m) { return m.lastYear; }) }
      ]
    });
    chart.on('click', function () { window.location.href = firmsUrl(root, { kind: 'ALL' }); });
    return chart;
  }

  function clustersChart(el, data, theme, root) {
    var chart = echarts.init(el, theme);
    chart.setOption({
      backgroundColor: 'transparent',
      tooltip: { trigger: 'item', formatter: '{b}: {c} ' + data.text.unit + ' ({d}%)' },
      series: [{
        type: 'pie', radius: ['30%', '58%'],
        label: { formatter: '{b}\n{d}%', width: 90, overflow: 'break' },
        data: data.clusters.map(function (c) { return { name: c.label, value: c.output, key: c.key }; })
      }]
    });
    chart.on('click', function (p) {
      var params = { kind: 'ALL', dimension: 'CLUSTER' };
      if (p.data && p.data.key) { params.key = p.data.key; }
      window.location.href = firmsUrl(root, params);
    });
    return chart;
  }

  function growthChart(el, data, theme, root) {
    var chart = echarts.init(el, theme);
    chart.setOption({
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 28 },
      xAxis: { type: 'category', data: data.buckets.map(function (b) { return b.label; }) },
      yAxis: { type: 'value', name: data.text.firms },
      series: [{ type: 'bar', data: data.buckets.map(function (b) { return { value: b.enterprises, code: b.code }; }) }]
    });
    chart.on('click', function (p) {
      var code = p.data && p.data.code;
      window.location.href = firmsUrl(root, code === 'new' ? { kind: 'NEW' } : { kind: 'BUCKET', bucket: code });
    });
    return chart;
  }

  // An enterprise's own months (its cockpit): the series comes in a data attribute, there is nothing to drill into.
  function ownMonthsChart(el) {
    var months = JSON.parse(el.dataset.series);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map(function (m) { return m.month; }) },
      yAxis: { type: 'value', name: el.dataset.unit },
      series: [
        { name: el.dataset.thisYear, type: 'bar', data: months.map(function (m) { return m.thisYear; }) },
        { name: el.dataset.lastYear, type: 'line', smooth: true, data: months.map(function (m) { return m.lastYear; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    if (typeof echarts !== 'undefined') {
      document.querySelectorAll('[data-own-months]').forEach(ownMonthsChart);
    }
    var root = document.querySelector('section.cockpit[data-period]');
    if (!root || typeof echarts === 'undefined') {
      return;
    }
    var theme = root.dataset.theme === 'dark' ? 'dark' : null;
    fetch(root.dataset.dataUrl + '?period=' + encodeURIComponent(root.dataset.period),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var charts = [];
        var builders = { months: monthsChart, clusters: clustersChart, growth: growthChart };
        root.querySelectorAll('[data-chart]').forEach(function (el) {
          charts.push(builders[el.dataset.chart](el, data, theme, root));
        });
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
