// NdrBot local web chat: posts to /api/webchat and renders the answer card with the official adaptivecards
// renderer when npm installed it (served under /vendor), or as readable plain HTML when it did not. A card whose
// live checks are still running comes with a refresh address: the page asks it for the card for a short while and
// puts the new card in place (the page cannot be sent updates).
(() => {
  'use strict';
  const messages = document.getElementById('messages');
  const input = document.getElementById('input');
  const status = document.getElementById('renderer-status');
  const AC = window.AdaptiveCards;
  const md = window.markdownit ? window.markdownit({ html: false, linkify: true }) : null;

  if (AC) {
    AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
      if (md) { result.outputHtml = md.render(text); result.didProcess = true; }
    };
  } else {
    status.textContent = 'Card renderer not installed (run npm ci in src/NdrBot.Host/ClientApp): cards are shown as plain text.';
  }

  function bubble(kind, text) {
    const div = document.createElement('div');
    div.className = 'bubble ' + kind;
    if (text !== undefined) div.textContent = text;
    messages.appendChild(div);
    div.scrollIntoView({ block: 'end' });
    return div;
  }

  async function send(body) {
    try {
      const response = await fetch('/api/webchat', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      if (!response.ok) { bubble('bot text error', 'NdrBot answered HTTP ' + response.status + '.'); return; }
      const reply = await response.json();
      if (reply.text) bubble('bot text', reply.text);
      if (reply.card) {
        const holder = showCard(reply.card);
        if (reply.refresh) follow(holder, reply.refresh);
      }
    } catch (e) {
      bubble('bot text error', 'Could not reach NdrBot: ' + e.message);
    }
  }

  // Asks for the card every half second until its checks are done (they have a 2 s budget), for 30 s at most.
  async function follow(holder, url) {
    holder.dataset.checks = 'pending';
    const until = Date.now() + 30000;
    while (Date.now() < until) {
      await new Promise(r => setTimeout(r, 500));
      let latest;
      try {
        const response = await fetch(url);
        if (!response.ok) break;
        latest = await response.json();
      } catch (e) {
        break;
      }
      if (!latest.checksPending) {
        renderCard(holder, latest.card);
        holder.dataset.checks = 'done';
        return;
      }
    }
    holder.dataset.checks = 'stopped';
  }

  function onSubmit(data) { send({ value: data }); }

  function showCard(json) {
    const holder = bubble('bot card');
    renderCard(holder, json);
    return holder;
  }

  function renderCard(holder, json) {
    holder.replaceChildren();
    holder.classList.remove('fallback');
    if (AC) {
      const card = new AC.AdaptiveCard();
      card.onExecuteAction = action => {
        if (action instanceof AC.OpenUrlAction) { window.open(action.url, '_blank', 'noopener'); return; }
        if (action instanceof AC.SubmitAction || action instanceof AC.ExecuteAction) onSubmit(action.data);
      };
      card.parse(json);
      const rendered = card.render();
      if (rendered) { holder.appendChild(rendered); return; }
    }
    holder.classList.add('fallback');
    renderPlain(json, holder);
  }

  // The fallback: every text, fact and button of the card, as plain HTML built with textContent (no markup injected).
  function renderPlain(card, holder) {
    const inputs = [];
    const walk = (items, parent) => (items || []).forEach(item => {
      switch (item.type) {
        case 'TextBlock': add(parent, item.weight === 'Bolder' ? 'h3' : 'p', item.text); break;
        case 'RichTextBlock': add(parent, 'p', (item.inlines || []).map(i => typeof i === 'string' ? i : i.text).join('')); break;
        case 'FactSet': {
          const dl = document.createElement('dl');
          (item.facts || []).forEach(f => { add(dl, 'dt', f.title); add(dl, 'dd', f.value); });
          parent.appendChild(dl); break;
        }
        case 'Container': walk(item.items, parent); break;
        case 'ColumnSet': (item.columns || []).forEach(c => walk(c.items, parent)); break;
        case 'ActionSet': actions(item.actions, parent); break;
        case 'Input.Text': case 'Input.Toggle': {
          const label = add(parent, 'label', (item.label || item.title || '') + ' ');
          const field = document.createElement('input');
          field.type = item.type === 'Input.Toggle' ? 'checkbox' : 'text';
          field.dataset.id = item.id;
          label.appendChild(field); inputs.push(field); break;
        }
        default: if (item.text) add(parent, 'p', item.text);
      }
    });
    const actions = (list, parent) => {
      if (!list || !list.length) return;
      const row = add(parent, 'div', '');
      row.className = 'actions';
      list.forEach(a => {
        const button = add(row, 'button', a.title || 'Open');
        button.type = 'button';
        button.addEventListener('click', () => {
          if (a.type === 'Action.OpenUrl') { window.open(a.url, '_blank', 'noopener'); return; }
          const data = Object.assign({}, a.data);
          if (a.associatedInputs !== 'none') {
            inputs.forEach(f => { if (f.type === 'checkbox') { if (f.checked) data[f.dataset.id] = 'true'; } else if (f.value) data[f.dataset.id] = f.value; });
          }
          onSubmit(data);
        });
      });
    };
    walk(card.body, holder);
    actions(card.actions, holder);
  }

  function add(parent, tag, text) {
    const el = document.createElement(tag);
    el.textContent = text || '';
    parent.appendChild(el);
    return el;
  }

  document.getElementById('composer').addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    bubble('user', text);
    input.value = '';
    send({ text });
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); document.getElementById('composer').requestSubmit(); }
  });
})();
