// The scheme editor, made quicker where JavaScript runs. Without it the page still works: every input is a plain
// form field named by its place in the scheme file, and the row buttons (add, remove, move) are submit buttons that
// the server applies without saving. With it: remove and move happen in the page (rows renumbered so names stay
// paths), the running weight and share sums are checked as you type, inputs a scoring method does not use are
// hidden, and a click on a problem in the summary goes to its input. No inline script: CSP is script-src 'self'.
(function () {
  'use strict';

  var NOT_PACKED = ['_csrf', 'lockVersion', 'reason', '_end', '_fields'];

  var PATH_ATTRIBUTES = ['name', 'data-path', 'data-error-for', 'data-list', 'data-sum-for', 'data-sum-target',
    'data-sum-method', 'data-add', 'value'];

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function byPath(form, path) {
    var all = form.querySelectorAll('[data-path]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-path') === path) {
        return all[i];
      }
    }
    return null;
  }

  // Rewrites one row's paths from oldPrefix to newPrefix, in the row and everything inside it.
  function rewrite(row, oldPrefix, newPrefix) {
    var elements = [row].concat(Array.prototype.slice.call(row.querySelectorAll('*')));
    elements.forEach(function (el) {
      PATH_ATTRIBUTES.forEach(function (attr) {
        var v = el.getAttribute(attr);
        if (v === null) {
          return;
        }
        if (attr === 'value' && !(el.tagName === 'BUTTON' && el.name === '_op')) {
          return; // an input's value is what the officer typed, not a path
        }
        var colon = v.indexOf(':');
        var head = attr === 'value' ? v.substring(0, colon + 1) : '';
        var rest = attr === 'value' ? v.substring(colon + 1) : v;
        if (rest === oldPrefix || rest.indexOf(oldPrefix + '.') === 0 || rest.indexOf(oldPrefix + '[') === 0) {
          el.setAttribute(attr, head + newPrefix + rest.substring(oldPrefix.length));
        }
      });
    });
  }

  // After a row left or moved, the rows of its list get the indexes of their new places.
  function renumber(container, listPath) {
    var pattern = new RegExp('^' + escapeRegExp(listPath) + '\\[(\\d+)\\]$');
    var rows = Array.prototype.filter.call(container.children, function (el) {
      return el.hasAttribute('data-row') && pattern.test(el.getAttribute('data-path'));
    });
    rows.forEach(function (row, index) {
      var oldPrefix = row.getAttribute('data-path');
      var newPrefix = listPath + '[' + index + ']';
      if (oldPrefix !== newPrefix) {
        rewrite(row, oldPrefix, newPrefix);
      }
    });
  }

  function rowOp(form, button) {
    var op = button.value;
    var colon = op.indexOf(':');
    var verb = op.substring(0, colon);
    var path = op.substring(colon + 1);
    if (verb === 'add') {
      return false; // the server adds rows with the strict defaults of each kind
    }
    var row = byPath(form, path);
    if (!row || !row.hasAttribute('data-row')) {
      return false;
    }
    var listPath = path.replace(/\[\d+\]$/, '');
    var container = row.parentNode;
    if (verb === 'remove') {
      container.removeChild(row);
    } else if (verb === 'up' || verb === 'down') {
      var sibling = verb === 'up' ? row.previousElementSibling : row.nextElementSibling;
      while (sibling && !sibling.hasAttribute('data-row')) {
        sibling = verb === 'up' ? sibling.previousElementSibling : sibling.nextElementSibling;
      }
      if (!sibling) {
        return true;
      }
      if (verb === 'up') {
        container.insertBefore(row, sibling);
      } else {
        container.insertBefore(sibling, row);
      }
    } else {
      return false;
    }
    renumber(container, listPath);
    refresh(form);
    return true;
  }

  function number(text) {
    var v = parseFloat(String(text || '').replace(/,/g, ''));
    return isNaN(v) ? null : v;
  }

  function round(v) {
    return Math.round(v * 1e6) / 1e6;
  }

  function sums(form) {
    form.querySelectorAll('[data-sum-for]').forEach(function (p) {
      var list = p.getAttribute('data-sum-for');
      var field = p.getAttribute('data-sum-field');
      var pattern = new RegExp('^' + escapeRegExp(list) + '\\[\\d+\\]\\.' + field + '$');
      var total = 0;
      form.querySelectorAll('input[name]').forEach(function (input) {
        if (pattern.test(input.name)) {
          total += number(input.value) || 0;
        }
      });
      total = round(total);
      p.textContent = p.getAttribute('data-template').replace('{0}', String(total));
      var expected = null;
      if (p.hasAttribute('data-sum-target')) {
        var target = byPath(form, p.getAttribute('data-sum-target'));
        expected = target ? number(target.value) : null;
      } else if (p.hasAttribute('data-sum-method')) {
        var method = byPath(form, p.getAttribute('data-sum-method'));
        expected = method && method.value === 'PERCENTILE' ? 100 : null;
      }
      p.classList.toggle('off', expected !== null && Math.abs(total - expected) > 1e-6);
    });
  }

  function show(form, path, visible) {
    var el = byPath(form, path);
    var holder = el && (el.closest('label') || el);
    if (holder) {
      holder.hidden = !visible;
    }
  }

  // Inputs a choice makes irrelevant are hidden (still posted, so nothing typed is lost).
  function relevance(form) {
    form.querySelectorAll('select[name$=".scoring.method"]').forEach(function (select) {
      var at = select.name.replace(/\.scoring\.method$/, '');
      var m = select.value;
      var needsBenchmark = m === 'RATIO_TO_BENCHMARK' || m === 'LOWER_IS_BETTER';
      show(form, at + '.scoring.minPercent', m === 'MIN_MAX');
      show(form, at + '.scoring.maxPercent', m === 'MIN_MAX');
      ['benchmark.kind', 'benchmark.value', 'benchmark.factor'].forEach(function (f) {
        show(form, at + '.' + f, needsBenchmark);
      });
      var kind = byPath(form, at + '.benchmark.kind');
      if (needsBenchmark && kind) {
        show(form, at + '.benchmark.value', kind.value === 'FIXED');
      }
      var bands = byPath(form, at + '.scoring.bands');
      if (bands) {
        bands.hidden = m !== 'BANDS';
      }
      form.querySelectorAll('[data-list="' + at + '.scoring.bands"]').forEach(function (b) {
        b.hidden = m !== 'BANDS';
      });
    });
    form.querySelectorAll('select[name$=".rule"]').forEach(function (select) {
      show(form, select.name.replace(/\.rule$/, '.points'), select.value === 'FIXED_PENALTY');
    });
    form.querySelectorAll('select[name$=".grading.method"]').forEach(function (select) {
      var at = select.name.replace(/\.method$/, '.cutoffs');
      form.querySelectorAll('input[name^="' + at + '["]').forEach(function (input) {
        if (/\.percent$/.test(input.name)) {
          input.closest('label').hidden = select.value !== 'PERCENTILE';
        } else if (/\.minScore$/.test(input.name)) {
          input.closest('label').hidden = select.value !== 'SCORE_THRESHOLDS';
        }
      });
    });
    var mode = form.querySelector('select[name="leasedPremises.mode"]');
    if (mode) {
      ['firstTenantPoints', 'furtherTenantPoints', 'maxDeduction'].forEach(function (f) {
        show(form, 'leasedPremises.' + f, mode.value === 'TENANT_DEDUCTION');
      });
    }
  }

  function refresh(form) {
    sums(form);
    relevance(form);
  }

  function focusPath(form, path) {
    var el = byPath(form, path);
    if (!el) {
      return;
    }
    var input = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ? el : el.querySelector('input, select, textarea');
    (input || el).scrollIntoView({ block: 'center' });
    if (input) {
      input.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('scheme-form');
    if (!form) {
      return;
    }
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button[name="_op"]');
      if (button && rowOp(form, button)) {
        event.preventDefault();
      }
    });
    // One JSON field instead of hundreds: the server parses at most 1,000 fields of a form and drops the rest.
    form.addEventListener('submit', function () {
      var packed = {};
      var fields = [];
      form.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (el) {
        if (el.disabled || el.type === 'submit' || el.type === 'button' || NOT_PACKED.indexOf(el.name) >= 0) {
          return;
        }
        packed[el.name] = el.value;
        fields.push(el);
      });
      var holder = form.querySelector('input[name="_fields"]');
      holder.value = JSON.stringify(packed);
      holder.disabled = false;
      fields.forEach(function (el) {
        el.disabled = true;
        el.setAttribute('data-packed', '');
      });
    });
    // back from the next page, the fields are usable again
    window.addEventListener('pageshow', function () {
      form.querySelectorAll('[data-packed]').forEach(function (el) {
        el.disabled = false;
        el.removeAttribute('data-packed');
      });
      form.querySelector('input[name="_fields"]').disabled = true;
    });
    form.addEventListener('input', function () { sums(form); });
    form.addEventListener('change', function () { refresh(form); });
    document.querySelectorAll('#problems a.to-field').forEach(function (a) {
      a.addEventListener('click', function (event) {
        event.preventDefault();
        focusPath(form, a.getAttribute('data-target'));
      });
    });
    refresh(form);
    var focus = form.getAttribute('data-focus');
    if (focus) {
      focusPath(form, focus);
    } else if (document.getElementById('problems')) {
      document.getElementById('problems').scrollIntoView({ block: 'start' });
    }
  });
}());
