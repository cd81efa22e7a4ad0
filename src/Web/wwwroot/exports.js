// 打包下载 (/exports): keeps each unfinished export's row up to date by polling GET /api/exports/{id}
// once a second — progress bar, count, status — until it is finished, then shows the download link or
// the error. The CSP allows only the site's own scripts, so this is a file, not inline; it is loaded on
// every page and looks for rows after a full load and after Blazor's enhanced navigation.
(function () {
  'use strict';

  var finished = { completed: true, failed: true, cancelled: true };
  var polling = {};

  function row(id) {
    return document.querySelector('tr[data-export-job="' + id + '"]');
  }

  function part(tr, role) {
    return tr.querySelector('[data-role="' + role + '"]');
  }

  function render(tr, s) {
    tr.setAttribute('data-state', s.status);
    part(tr, 'status').textContent = s.statusText;
    var bar = part(tr, 'bar');
    bar.value = s.percent;
    bar.textContent = s.percent + '%';
    part(tr, 'count').textContent = s.done + ' / ' + s.total + ' 张（' + s.percent + '%）';
    var action = part(tr, 'action');
    if (s.fileUrl) {
      var link = document.createElement('a');
      link.className = 'button';
      link.href = s.fileUrl;
      link.setAttribute('download', '');
      link.textContent = '下载 zip';
      action.replaceChildren(link);
    } else if (s.error) {
      var text = document.createElement('span');
      text.className = 'error-text';
      text.setAttribute('data-code', s.error.code);
      text.textContent = s.error.message;
      action.replaceChildren(text);
    }
  }

  function fail(tr, message) {
    part(tr, 'status').textContent = message;
  }

  function poll(id) {
    var tr = row(id);
    if (!tr) {
      delete polling[id];
      return;
    }

    fetch('/api/exports/' + encodeURIComponent(id), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw response.status;
        }
        return response.json();
      })
      .then(function (s) {
        var current = row(id);
        if (current) {
          render(current, s);
        }
        if (current && !finished[s.status]) {
          setTimeout(function () { poll(id); }, 1000);
        } else {
          delete polling[id];
        }
      })
      .catch(function (status) {
        delete polling[id];
        var current = row(id);
        if (current) {
          fail(current, status === 404 ? '已过期' : '无法获取进度，请刷新页面');
        }
      });
  }

  function cancel(event) {
    var button = event.target.closest('button[data-role="cancel"]');
    var tr = button && button.closest('tr[data-export-job]');
    if (!tr) {
      return;
    }
    button.disabled = true;
    var id = tr.getAttribute('data-export-job');
    fetch('/api/exports/' + encodeURIComponent(id), { method: 'DELETE', credentials: 'same-origin' })
      .then(function () {
        part(tr, 'status').textContent = '已取消';
        tr.setAttribute('data-state', 'cancelled');
        part(tr, 'action').replaceChildren();
      });
  }

  function scan() {
    var rows = document.querySelectorAll('tr[data-export-job]');
    for (var i = 0; i < rows.length; i++) {
      var id = rows[i].getAttribute('data-export-job');
      if (!finished[rows[i].getAttribute('data-state')] && !polling[id]) {
        polling[id] = true;
        poll(id);
      }
    }
  }

  document.addEventListener('click', cancel);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
  if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
    window.Blazor.addEventListener('enhancedload', scan);
  }
})();
