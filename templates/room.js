// The room's pages without reloading: the board and the phones' list follow the file live
// (server-sent events from /api/events), the door's list is filtered as you type. Every
// page works without this script; it only adds to the markup the server wrote.
(function () {
  'use strict';

  // As the server folds a name for the search: lower case, «ё» as «е», spaces collapsed.
  function fold(text) {
    return text.trim().toLowerCase().replace(/ё/g, 'е').split(/\s+/).join(' ');
  }

  function found(key, q) {
    return !q || key.split(' ').some(function (word) { return word.indexOf(q) === 0; });
  }

  function door() {
    var input = document.getElementById('search-q');
    if (!input) { return; }
    var people = Array.prototype.slice.call(document.querySelectorAll('li.person'));
    var nobody = document.getElementById('nobody');
    function filter() {
      var q = fold(input.value);
      var shown = 0;
      people.forEach(function (li) {
        var hide = !found(li.getAttribute('data-key') || '', q);
        li.hidden = hide;
        if (!hide) { shown += 1; }
      });
      if (nobody) { nobody.hidden = shown > 0; }
      // A mark sends the browser back to the list as it is filtered now.
      document.querySelectorAll('form.mark input[name=q]').forEach(function (field) {
        field.value = input.value;
      });
    }
    input.addEventListener('input', filter);
  }

  function span(className, text) {
    var element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  // A point of the board, in the markup of room-board.html.
  function boardItem(point) {
    var li = document.createElement('li');
    li.className = 'point';
    li.setAttribute('data-n', String(point.n));
    li.setAttribute('data-kind', point.kind);
    li.appendChild(span('point-text', point.text));
    if (point.activity) {
      li.appendChild(document.createTextNode(' '));
      li.appendChild(span('point-activity', point.activity));
    }
    li.appendChild(document.createTextNode(' '));
    li.appendChild(span('point-votes', String(point.votes)));
    return li;
  }

  function byVotes(a, b) {
    return (b.votes - a.votes) || (a.n - b.n);
  }

  function showBoard(state) {
    ['plus', 'minus', 'interesting'].forEach(function (kind) {
      var section = document.getElementById(kind);
      if (!section) { return; }
      var list = section.querySelector('ul');
      var points = state.points.filter(function (p) { return p.kind === kind; }).sort(byVotes);
      while (list.firstChild) { list.removeChild(list.firstChild); }
      points.forEach(function (p) { list.appendChild(boardItem(p)); });
      var empty = section.querySelector('.empty');
      if (empty) { empty.hidden = points.length > 0; }
    });
    var present = document.getElementById('present');
    if (present) { present.textContent = String(state.attendance.present); }
  }

  // A new point on the phones' page, in the markup of room-participants.html.
  function participantItem(point, token) {
    var li = document.createElement('li');
    li.className = 'point';
    li.id = 'point-' + point.n;
    li.setAttribute('data-n', String(point.n));
    li.setAttribute('data-kind', point.kind);
    var label = document.querySelector('label.kind-' + point.kind + ' span');
    li.appendChild(span('point-kind', label ? label.textContent : point.kind));
    li.appendChild(span('point-text', point.text));
    if (point.activity) { li.appendChild(span('point-activity', point.activity)); }
    li.appendChild(span('point-votes', String(point.votes)));
    var form = document.createElement('form');
    form.className = 'vote';
    form.method = 'post';
    form.action = '/feedback/' + point.n + '/vote';
    var t = document.createElement('input');
    t.type = 'hidden';
    t.name = 't';
    t.value = token;
    form.appendChild(t);
    var button = document.createElement('button');
    button.type = 'submit';
    button.className = 'vote-button';
    var model = document.querySelector('.point:not(.voted) .vote-button');
    button.textContent = model ? model.textContent : '+1';
    form.appendChild(button);
    li.appendChild(form);
    return li;
  }

  function showParticipants(state) {
    var list = document.getElementById('points');
    var token = document.querySelector('#add-point input[name=t]');
    if (!list || !token) { return; }
    state.points.forEach(function (p) {
      var li = list.querySelector('li.point[data-n="' + p.n + '"]');
      var text = li && li.querySelector('.point-text');
      if (li && text && text.textContent === p.text) {
        li.querySelector('.point-votes').textContent = String(p.votes);
      } else if (!li) {
        list.appendChild(participantItem(p, token.value));
      }
    });
    var empty = document.querySelector('#participants > .empty');
    if (empty) { empty.hidden = state.points.length > 0; }
  }

  function live(main, show) {
    if (!main || !window.EventSource) { return; }
    var source = new EventSource(main.getAttribute('data-events'));
    source.addEventListener('state', function (event) {
      var state;
      try { state = JSON.parse(event.data); } catch (e) { return; }
      show(state);
    });
  }

  function start() {
    door();
    live(document.getElementById('board'), showBoard);
    live(document.getElementById('participants'), showParticipants);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
