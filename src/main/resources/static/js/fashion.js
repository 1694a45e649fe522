// 时尚E家 dashboard charts. Data comes from /fashion/data (the CSP forbids inline scripts).
(function () {
  'use strict';

  function bars(el, items, valueKey, name, lineKey, lineName) {
    var chart = echarts.init(el);
    var series = [{ name: name, type: 'bar', data: items.map(function (i) { return i[valueKey]; }) }];
    var yAxis = [{ type: 'value', name: name }];
    if (lineKey) {
      series.push({ name: lineName, type: 'line', yAxisIndex: 1, data: items.map(function (i) { return i[lineKey]; }) });
      yAxis.push({ type: 'value', name: lineName });
    }
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: lineKey ? 56 : 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: items.map(function (i) { return i.label || i.season; }),
               axisLabel: { interval: 0, rotate: items.length > 6 ? 30 : 0 } },
      yAxis: yAxis,
      series: series
    });
    return chart;
  }

  function start() {
    document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    var root = document.querySelector('[data-fashion-data]');
    if (!root || typeof echarts === 'undefined') {
      return;
    }
    fetch(root.dataset.fashionData, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var t = d.text;
        var charts = [];
        var el;
        if ((el = root.querySelector('[data-chart=towns]'))) {
          charts.push(bars(el, d.towns, 'capacityWan', t.capacity, 'utilisationPercent', t.utilisation));
        }
        if ((el = root.querySelector('[data-chart=categories]'))) {
          charts.push(bars(el, d.categories, 'capacityWan', t.capacity, 'utilisationPercent', t.utilisation));
        }
        if ((el = root.querySelector('[data-chart=sizes]'))) {
          charts.push(bars(el, d.sizes, 'factories', t.factories));
        }
        if ((el = root.querySelector('[data-chart=seasons]'))) {
          charts.push(bars(el, d.seasons, 'outputWan', t.output, 'onTimePercent', t.onTime));
        }
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
