// The map's hover cards: what the pointer rests on, after a short pause. A count or a merged edge is described from
// what the map knows; anything else is asked of Java (a 'card-request' event), which reads the API and answers
// through the map's showCard.
export class HoverCards {
  constructor(map) {
    this.map = map;
    this.cy = map.cy;
    this.card = document.createElement('div');
    this.card.className = 'cm-card';
    this.card.setAttribute('role', 'tooltip');
    this.card.id = 'map-card';
    this.card.hidden = true;
    map.container.append(this.card);
  }

  get labels() {
    return this.map.labels;
  }

  hover(target, at) {
    clearTimeout(this.timer);
    this.cy.elements('.hovered').removeClass('hovered');
    target.addClass('hovered');
    this.hovered = target.id();
    this.at = at || { x: 0, y: 0 };
    this.timer = setTimeout(() => {
      if (this.hovered !== target.id()) {
        return;
      }
      if (target.hasClass('count')) {
        const owner = this.cy.getElementById(target.data('owner'));
        const text = (target.hasClass('open') ? this.labels.cardCountOpen : this.labels.cardCount) || '{0}';
        this.render(target.id(), { title: owner.data('name') || owner.data('label'), kind: '', validity: '',
          status: text.replace('{0}', target.data('summary')), quote: '', source: '' });
      } else if (target.isEdge() && target.data('type') === 'FOLDED') {
        const ends = [target.source(), target.target()].map((n) => n.hasClass('count')
          ? this.cy.getElementById(n.data('owner')).data('name') + ' (' + n.data('summary') + ')' : n.data('name'));
        this.render(target.id(), { title: ends.join(' — '), kind: '', validity: '',
          status: (target.data('gap') ? '⚠ ' + (this.labels.gapShort?.[target.data('gap')] || '') + '. ' : '')
            + (this.labels.cardVia || '{0}').replace('{0}', String(target.data('members')?.length || 0)),
          quote: '', source: '' });
      } else {
        this.map.dispatchEvent(new CustomEvent('card-request', { detail: { id: target.id(), edge: target.isEdge() } }));
      }
    }, 250);
  }

  answer(id, card) {
    if (this.hovered === id) {
      this.render(id, card);
    }
  }

  render(id, card) {
    this.card.innerHTML = '';
    const line = (cls, text, tag = 'div') => {
      if (text) {
        const el = document.createElement(tag);
        el.className = cls;
        el.textContent = text;
        this.card.append(el);
      }
    };
    line('cm-card-title', card.title, 'strong');
    line('cm-card-kind', [card.kind, card.validity].filter(Boolean).join(' · '));
    line('cm-card-status', card.status);
    line('cm-card-quote', card.quote ? '”' + card.quote + '”' : '', 'blockquote');
    line('cm-card-source', card.source);
    this.card.hidden = false;
    this.card.dataset.for = id;
    // Beside the pointer, kept inside the canvas.
    const width = this.map.container.clientWidth;
    const height = this.map.container.clientHeight;
    const box = this.card.getBoundingClientRect();
    const x = Math.min(this.at.x + 16, Math.max(0, width - box.width - 8));
    const y = this.at.y + 16 + box.height > height ? Math.max(0, this.at.y - box.height - 12) : this.at.y + 16;
    this.card.style.left = x + 'px';
    this.card.style.top = y + 'px';
  }

  hide() {
    clearTimeout(this.timer);
    this.hovered = null;
    this.cy.elements('.hovered').removeClass('hovered');
    this.card.hidden = true;
    delete this.card.dataset.for;
  }
}
