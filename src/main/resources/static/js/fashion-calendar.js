// 时尚E家 working calendar: the year selector submits on change, and the working days per month as a bar chart.
// The numbers come from data attributes (the CSP forbids inline scripts).
(function () {
  'use strict';

  function start() {
    document.querySelectorAll('[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    // the operator clicks a day in the year grid to fill the add form with it
    var grid = document.querySelector('.calendar-editable');
    var addForm = document.getElementById('add-day');
    if (grid && addForm) {
      grid.addEventListener('click', function (event) {
        var cell = event.target.closest('[data-day]');
        if (!cell) {
          return;
        }
        addForm.querySelector('input[name=day]').value = cell.dataset.day;
        addForm.querySelector('select[name=kind]').value = cell.classList.contains('holiday') || cell.classList.contains('work') ? 'HOLIDAY' : 'WORKDAY';
        var name = addForm.querySelector('input[name=name]');
        name.value = cell.title || '';
        name.focus();
        addForm.scrollIntoView({ behavior: 'smooth', block: 'center' });
      });
    }
    var el = document.getElementById('month-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: el.dataset.months.split(',') },
      yAxis: { type: 'value', min: 0, max: 31 },
      series: [{ name: el.dataset.label, type: 'bar', label: { show: true, position: 'top' },
                 data: el.dataset.days.split(',').map(Number) }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
