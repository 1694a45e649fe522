// Allocation pages: the best score over time of a round (refreshed while it runs) and a version's load charts.
// Data comes from JSON endpoints (the CSP forbids inline scripts).
(function () {
  'use strict';

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); });
  }

  function progress(el) {
    var chart = echarts.init(el);
    function draw() {
      json(el.dataset.points).then(function (d) {
        var t = d.text;
        chart.setOption({
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 72, right: 72, top: 40, bottom: 40 },
          xAxis: { type: 'value', name: t.seconds },
          yAxis: [{ type: 'value', name: t.cost, scale: true }, { type: 'value', name: t.unplaced, minInterval: 1 }],
          series: [
            { name: t.cost, type: 'line', step: 'end', showSymbol: d.points.length < 30,
              data: d.points.map(function (p) { return [p.elapsedMs / 1000, Math.round(p.softYuan)]; }) },
            { name: t.unplaced, type: 'line', step: 'end', yAxisIndex: 1, showSymbol: d.points.length < 30,
              data: d.points.map(function (p) { return [p.elapsedMs / 1000, p.unplaced]; }) }
          ]
        });
        if (d.running) {
          setTimeout(draw, 2000);
        }
      });
    }
    draw();
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function bars(el, items, name) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: items.map(function (i) { return i.label; }),
               axisLabel: { interval: 0, rotate: items.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: name },
      series: [{ name: name, type: 'bar', data: items.map(function (i) { return i.loadWan; }) }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var el = document.querySelector('[data-chart=progress]');
    if (el) {
      progress(el);
    }
    var root = document.querySelector('[data-allocation]');
    if (root) {
      json(root.dataset.allocation).then(function (d) {
        bars(root.querySelector('[data-chart=towns]'), d.towns, d.text.load);
        bars(root.querySelector('[data-chart=categories]'), d.categories, d.text.load);
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
