// Filters and details for the review page. Reads only attributes and text the
// page already holds, and writes with textContent: nothing here parses HTML.
(function () {
  'use strict';
  var files = Array.prototype.slice.call(document.querySelectorAll('details.file'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=family]'));
  var conf = document.getElementById('conf');
  var confValue = document.getElementById('conf-value');
  var hideEmpty = document.getElementById('hide-empty');
  var status = document.getElementById('status');
  var detail = document.getElementById('detail');
  var total = document.querySelectorAll('.m').length;

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (p.has('family')) {
      var wanted = p.get('family').split(',');
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
    }
    if (p.has('conf')) { conf.value = p.get('conf'); }
    if (p.has('all')) { hideEmpty.checked = false; }
    if (p.get('open') === 'all') { files.forEach(function (f) { f.open = true; }); }
  }

  function writeHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (on.length === boxes.length) { p.delete('family'); } else { p.set('family', on.join(',')); }
    if (parseFloat(conf.value) > 0) { p.set('conf', conf.value); } else { p.delete('conf'); }
    try { history.replaceState(null, '', '#' + p.toString()); } catch (e) { /* file: pages may refuse; filters still work */ }
  }

  function apply() {
    var fams = {};
    boxes.forEach(function (b) { if (b.checked) { fams[b.value] = true; } });
    var min = parseFloat(conf.value) - 1e-9;
    confValue.textContent = parseFloat(conf.value).toFixed(2);
    var shown = 0, shownFiles = 0;
    files.forEach(function (file) {
      var n = 0;
      file.querySelectorAll('.m').forEach(function (m) {
        var on = fams[m.dataset.fam] === true && parseFloat(m.dataset.conf) >= min;
        m.classList.toggle('off', !on);
        if (on) { n++; }
      });
      file.dataset.shown = n;
      file.querySelector('.shown').textContent = n + ' shown';
      file.hidden = hideEmpty.checked && n === 0;
      if (n > 0) { shownFiles++; }
      shown += n;
    });
    status.textContent = shown + ' of ' + total + ' marks shown, in ' + shownFiles + ' of ' + files.length + ' files';
  }

  function show(m) {
    var rows = [['rule', m.dataset.rule], ['stage', m.dataset.stage], ['family', m.dataset.fam],
                ['confidence', m.dataset.conf]];
    var del = m.querySelector(':scope > del'), ins = m.querySelector(':scope > ins');
    if (del) { rows.push(['original', del.textContent]); }
    if (ins) { rows.push(['replacement', ins.textContent]); }
    if (m.classList.contains('rm')) { rows.push(['removed', m.textContent]); }
    if (m.tagName === 'MARK') { rows.push(['text', m.textContent]); }
    var why = (m.getAttribute('title') || '').split('\n').slice(1).join('\n');
    if (why) { rows.push(['details', why]); }
    detail.textContent = '';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.addEventListener('click', function () { detail.hidden = true; });
    detail.appendChild(close);
    var dl = document.createElement('dl');
    rows.forEach(function (r) {
      var dt = document.createElement('dt'); dt.textContent = r[0];
      var dd = document.createElement('dd'); dd.textContent = r[1];
      dl.appendChild(dt); dl.appendChild(dd);
    });
    detail.appendChild(dl);
    detail.hidden = false;
  }

  document.addEventListener('click', function (ev) {
    var m = ev.target.closest ? ev.target.closest('.m') : null;
    if (m) { ev.preventDefault(); show(m); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && document.activeElement && document.activeElement.classList.contains('m')) {
      show(document.activeElement);
    } else if (ev.key === 'Escape') {
      detail.hidden = true;
    }
  });
  boxes.forEach(function (b) { b.addEventListener('change', function () { apply(); writeHash(); }); });
  conf.addEventListener('input', function () { apply(); writeHash(); });
  hideEmpty.addEventListener('change', apply);
  document.getElementById('expand').addEventListener('click', function () { files.forEach(function (f) { f.open = true; }); });
  document.getElementById('collapse').addEventListener('click', function () { files.forEach(function (f) { f.open = false; }); });
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
  document.body.dataset.ready = 'true';
})();
