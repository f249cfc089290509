// The Interphase console: a client of the REST API only. No framework, no build step.
'use strict';

const state = { token: null, selected: null, materials: [], shownRun: null };

function takeToken() {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem('interphase-token', given);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search);
  }
  state.token = sessionStorage.getItem('interphase-token');
  const pill = document.getElementById('token-state');
  pill.textContent = state.token ? 'token: yes' : 'no token: read-only (open the URL ./workbench start prints)';
  pill.className = 'pill ' + (state.token ? 'ok' : 'bad');
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers['Authorization'] = 'Bearer ' + state.token;
  if (options.body && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const response = await fetch('/api' + path, Object.assign({}, options, { headers }));
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, body };
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function round(x, digits = 3) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (typeof x !== 'number') return String(x);
  return Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(digits - 1) : String(+x.toPrecision(digits));
}

async function refreshHealth() {
  const pill = document.getElementById('health');
  try {
    const h = (await api('/health')).body;
    pill.textContent = (h.ready ? 'ready' : 'starting') + ' · ' + h.materials + ' materials' +
      (h.problems.length ? ' · problems: ' + h.problems.join('; ') : '');
    pill.className = 'pill ' + (h.ready && !h.problems.length ? 'ok' : 'bad');
  } catch (e) {
    pill.textContent = 'server unreachable';
    pill.className = 'pill bad';
  }
}

async function refreshInstalled() {
  const materials = (await api('/materials')).body;
  const changed = JSON.stringify(materials.map(m => m.id + m.bundle.version)) !==
    JSON.stringify(state.materials.map(m => m.id + m.bundle.version));
  state.materials = materials;
  fill(document.querySelector('#materials tbody'), materials.map(m =>
    el('tr', {}, el('td', {}, m.id), el('td', {}, m.role.toLowerCase()), el('td', {}, m.bundle.symbolicName + ' ' + m.bundle.version))));
  if (changed) fillMaterialChoices();
  const services = (await api('/services')).body;
  const rows = [];
  for (const [kind, list] of Object.entries(services)) {
    const label = { solvers: 'solver', protocols: 'protocol', exporters: 'exporter', analyses: 'analysis' }[kind] || kind;
    for (const s of list) rows.push(el('tr', {}, el('td', {}, label), el('td', {}, s.id || s.error || '?'),
      el('td', {}, (s.bundle || '') + ' ' + (s.version || ''))));
  }
  fill(document.querySelector('#services tbody'), rows);
  const solver = document.getElementById('solver');
  const ids = services.solvers.map(s => s.id).filter(Boolean);
  if (solver.options.length !== ids.length + 1) {
    const keep = solver.value;
    solver.replaceChildren(el('option', { value: '' }, 'best suited'), ...ids.map(id => el('option', { value: id }, id)));
    solver.value = ids.includes(keep) ? keep : '';
  }
}

/** Fills a select with the live materials of a role, keeping the choice if it is still there. */
function choices(id, role, none, prefer) {
  const select = document.getElementById(id);
  const keep = select.value;
  const list = state.materials.filter(m => m.role === role);
  select.replaceChildren(...(none ? [el('option', { value: '' }, none)] : []), ...list.map(m => el('option', { value: m.id }, m.id)));
  const ids = list.map(m => m.id);
  select.value = ids.includes(keep) ? keep : (list.find(m => prefer && m.id.includes(prefer)) || list[0] || { id: '' }).id;
}

function fillMaterialChoices() {
  choices('anode', 'ANODE', null, 'li');
  choices('electrolyte', 'SOLID_ELECTROLYTE', null, 'lpscl');
  choices('host', 'CONDUCTIVE_HOST', 'none (bare Li)', 'soft');
  choices('filler', 'ION_CONDUCTING_FILLER', 'none', 'nano');
  choices('binder', 'BINDER', 'none', 'ptfe');
  choices('cathode', 'CATHODE_ACTIVE', null, 'lco');
  compose();
}

const PROTOCOLS = {
  ccd: ['Rest for 10 min', 'Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short'],
  cycling: ['Repeat 100 times: Plate at 1 mA/cm2 for 1 h; Strip at 1 mA/cm2 for 1 h'],
  phasefield: ['Plate at 5 mA/cm2 for 30 s'],
  rate: ['Repeat 3 times: Charge at 0.1C until 4.2 V; Discharge at 0.1C until 3.0 V',
    'Repeat 3 times: Charge at 0.1C until 4.2 V; Discharge at 2C until 3.0 V'],
};

function value(id) {
  return document.getElementById(id).value;
}

/** The cell the form describes, anode first, with the chosen protocol and solver. */
function composedRecipe() {
  const host = value('host'), filler = value('filler'), fraction = Number(value('fraction'));
  const binder = value('binder'), binderFraction = binder ? Number(value('binder-fraction')) : 0;
  const protocol = value('protocol');
  const full = value('cell-kind') === 'full' || protocol === 'rate';
  let layer = null;
  if (host) {
    // x wt% filler and the binder's share, the host the rest: the study's SC : LLZTO : PTFE
    const composite = { [host]: (100 - (filler ? fraction : 0) - binderFraction) + ' wt%' };
    if (filler && fraction > 0) composite[filler] = fraction + ' wt%';
    if (binderFraction > 0) composite[binder] = binderFraction + ' wt%';
    layer = Object.keys(composite).length > 1 ? { composite, thickness: value('thickness') + ' um' }
      : { material: host, thickness: value('thickness') + ' um' };
  }
  const anode = { material: value('anode'), thickness: value('anode-thickness') + ' um' };
  const electrolyte = { material: value('electrolyte'), mass: value('electrolyte-mass') + ' mg' };
  let layers;
  if (protocol === 'phasefield') {
    layers = [anode, layer, electrolyte];
  } else if (full) {
    // the study's cathode composite: active : electrolyte : carbon additive = 60 : 35 : 5 by mass
    const additive = (state.materials.find(m => m.role === 'CONDUCTIVE_ADDITIVE') || { id: 'vgcf' }).id;
    const mass = Number(value('loading')) * 0.785 / 0.60;
    layers = [anode, layer, electrolyte, { composite: { [value('cathode')]: '60 wt%', [value('electrolyte')]: '35 wt%',
      [additive]: '5 wt%' }, mass: round(mass, 4) + ' mg' }];
  } else {
    layers = [anode, layer, electrolyte, layer, anode];
  }
  layers = layers.filter(Boolean);
  const name = (layer ? (filler && fraction > 0 ? host + ' ' + fraction + '% ' + filler : host) : 'bare ' + value('anode')) +
    (full ? ' full cell' : '') + ', ' + document.getElementById('protocol').selectedOptions[0].textContent;
  const recipe = { name, area: '0.785 cm2', temperature: value('temperature') + ' degC', stackPressure: '375 MPa', layers,
    protocol: full && protocol !== 'rate' && protocol !== 'phasefield' ? PROTOCOLS.rate : PROTOCOLS[protocol] };
  const solver = protocol === 'phasefield' ? 'phase-field' : value('solver');
  if (solver) recipe.solver = solver;
  if (protocol === 'phasefield') recipe.options = { width: '5 um', grid: '0.375 um', fieldsEvery: '5 s' };
  return recipe;
}

let effectiveTimer = null;
function compose() {
  const recipe = composedRecipe();
  document.getElementById('recipe').value = JSON.stringify(recipe, null, 2);
  recipeChanged();
  clearTimeout(effectiveTimer);
  effectiveTimer = setTimeout(() => effective(recipe), 150);
}

/** Each layer's effective properties from POST /api/cells, or the cell's errors. */
async function effective(recipe) {
  const cell = Object.assign({}, recipe);
  delete cell.protocol; delete cell.solver; delete cell.options;
  const r = await api('/cells', { method: 'POST', body: JSON.stringify(cell) });
  const body = document.querySelector('#effective tbody');
  if (!r.ok) {
    fill(body, r.body.errors.map(e => el('tr', {}, el('td', { colspan: 5, class: 'errors' }, e.field + ': ' + e.message))));
    return;
  }
  fill(body, r.body.layers.map(l => el('tr', {}, el('td', {}, l.index),
    el('td', {}, round(l.ionicConductivity * 10) + ' mS/cm'), el('td', {}, round(l.electronicConductivity / 100) + ' S/cm'),
    el('td', {}, round(l.thickness * 1e6) + ' µm'),
    el('td', {}, Object.entries(l.volumeFractions).map(([k, v]) => k + ' ' + round(100 * v) + ' vol%').join(', ')))));
}

function recipeChanged() {
  const text = document.getElementById('recipe').value;
  const link = document.getElementById('download');
  if (link.dataset.url) URL.revokeObjectURL(link.dataset.url);
  link.dataset.url = URL.createObjectURL(new Blob([text + '\n'], { type: 'application/json' }));
  link.href = link.dataset.url;
}

function readRecipe() {
  try {
    return JSON.parse(document.getElementById('recipe').value);
  } catch (e) {
    showErrors([{ field: 'recipe', message: 'not JSON: ' + e.message }]);
    return null;
  }
}

function showErrors(errors) {
  fill(document.getElementById('errors'), errors.map(e => el('li', {}, el('code', {}, e.field), ' ', e.message)));
}

async function check() {
  const recipe = readRecipe();
  if (!recipe) return;
  const r = await api('/recipes', { method: 'POST', body: JSON.stringify(recipe) });
  showErrors(r.ok ? [] : r.body.errors);
  document.getElementById('resolved').textContent = r.ok ? 'solver ' + r.body.solver + ', ' + r.body.steps + ' steps: ' +
    r.body.protocol.join(' · ') : '';
  return r.ok;
}

async function start() {
  const recipe = readRecipe();
  if (!recipe) return;
  const r = await api('/runs', { method: 'POST', body: JSON.stringify(recipe) });
  if (!r.ok) { showErrors(r.body.errors); return; }
  showErrors([]);
  state.selected = r.body.id;
  refreshRuns();
}

async function refreshRuns() {
  const list = (await api('/runs?limit=20')).body.runs;
  fill(document.querySelector('#runs tbody'), list.map(s => {
    const row = el('tr', { class: 'clickable', 'data-id': s.id }, el('td', {}, s.name),
      el('td', { class: 'state-' + s.state }, s.state),
      el('td', {}, el('div', { class: 'bar' }, barFill(s.progress))), el('td', {}, s.seconds_left === null ? '' : Math.round(s.seconds_left) + ' s'));
    row.addEventListener('click', () => { state.selected = s.id; state.shownRun = null; showRun(); });
    return row;
  }));
  showRun();
}

function barFill(progress) {
  const d = el('div');
  d.style.width = Math.round(100 * progress) + '%';
  return d;
}

async function showRun() {
  if (!state.selected) return;
  const s = (await api('/runs/' + state.selected)).body;
  const key = s.id + s.state;
  if (state.shownRun === key) return;
  const section = document.getElementById('run-section');
  section.hidden = false;
  document.getElementById('run-title').textContent = s.name + ' — ' + s.state + (s.error ? ': ' + s.error : '');
  const summary = Object.entries(s.summary || {}).filter(([k, v]) => v === null || typeof v !== 'object');
  document.getElementById('run-summary').replaceChildren(el('table', {}, ...summary.map(([k, v]) =>
    el('tr', {}, el('td', {}, k), el('td', {}, round(v, 4))))));
  const plots = document.getElementById('run-plots');
  const files = document.getElementById('run-files');
  if (!['done', 'cancelled', 'failed'].includes(s.state)) {
    plots.replaceChildren(el('span', { class: 'note' }, 'running: ' + s.note));
    files.replaceChildren();
    return;
  }
  state.shownRun = key;
  const f = await api('/runs/' + s.id + '/files');
  const names = f.ok ? f.body.files : [];
  const shown = names.filter(n => (n.endsWith('.svg') && !n.includes('/')) || n === 'fields/xi.svg');
  plots.replaceChildren(...shown.map(n => el('img', { src: '/api/runs/' + s.id + '/files/' + n, alt: n, title: n })));
  files.replaceChildren(...names.filter(n => !/fields\/(frame|xi|c)_\d+/.test(n)).map(n =>
    el('li', {}, el('a', { href: '/api/runs/' + s.id + '/files/' + n }, n))));
}

async function analyse(file) {
  const kind = document.getElementById('analysis-kind').value;
  const body = { data: await file.text() };
  if (kind === 'eis') body.circuit = document.getElementById('circuit').value;
  else { body.area = document.getElementById('area').value; body.temperature = document.getElementById('analysis-temperature').value; }
  const r = await api('/analyze/' + kind, { method: 'POST', body: JSON.stringify(body) });
  fill(document.getElementById('analysis-errors'), r.ok ? [] : r.body.errors.map(e => el('li', {}, el('code', {}, e.field), ' ', e.message)));
  const out = document.getElementById('analysis-result');
  if (!r.ok) { out.replaceChildren(); return; }
  const rows = [];
  if (kind === 'eis') {
    for (const [name, p] of Object.entries(r.body.parameters)) {
      rows.push(el('tr', {}, el('td', {}, name), el('td', {}, round(p.value, 4) + ' ' + p.unit),
        el('td', {}, p.stderr === null ? '±∞' : '± ' + round(p.stderr, 2))));
    }
    out.replaceChildren(el('div', { class: 'note' }, file.name + ': ' + r.body.circuit + ', χ²/ν ' + round(r.body.reducedChi2)),
      nyquist(r.body.spectrum), el('table', {}, ...rows));
  } else {
    for (const [k, v] of Object.entries(r.body)) if (typeof v !== 'object') rows.push(el('tr', {}, el('td', {}, k), el('td', {}, round(v, 4))));
    out.replaceChildren(el('div', { class: 'note' }, file.name), tafel(r.body.curve), el('table', {}, ...rows));
  }
}

/** The measured sweep as points and the fitted Butler–Volmer curve as a line: log10 |i| against V. */
function tafel(c) {
  const points = c.voltage_V.map((v, i) => [v, Math.log10(Math.abs(c.current_mA_cm2[i]) || 1e-12)]);
  const fit = c.fit_voltage_V.map((v, i) => [v, Math.log10(Math.abs(c.current_mA_cm2[i]) || 1e-12)]).sort((a, b) => a[0] - b[0]);
  return plot(points, fit, 'V / V', 'log10 |i / (mA/cm²)|', false);
}

/** Points and a line in a small SVG with both axes labelled; equal scales when {@code equal}. */
function plot(points, line, xLabel, yLabel, equal) {
  const ns = 'http://www.w3.org/2000/svg';
  const w = 420, h = 300, pad = 40;
  const xs = points.concat(line).map(p => p[0]), ys = points.concat(line).map(p => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (w - 2 * pad) / (x1 - x0 || 1), sy = (h - 2 * pad) / (y1 - y0 || 1);
  const kx = equal ? Math.min(sx, sy) : sx, ky = equal ? Math.min(sx, sy) : sy;
  const X = v => pad + (v - x0) * kx, Y = v => h - pad - (v - y0) * ky;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'nyquist'); svg.setAttribute('width', w); svg.setAttribute('height', h);
  const add = (tag, attrs, text) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text) e.textContent = text;
    svg.append(e);
  };
  add('line', { x1: pad, y1: h - pad, x2: w - pad / 2, y2: h - pad, stroke: '#888' });
  add('line', { x1: pad, y1: h - pad, x2: pad, y2: pad / 2, stroke: '#888' });
  add('text', { x: w / 2, y: h - 8, 'font-size': 12, 'text-anchor': 'middle' }, xLabel);
  add('text', { x: 12, y: h / 2, 'font-size': 12, transform: 'rotate(-90 12 ' + h / 2 + ')', 'text-anchor': 'middle' }, yLabel);
  add('text', { x: pad, y: h - pad + 14, 'font-size': 10 }, round(x0));
  add('text', { x: w - pad, y: h - pad + 14, 'font-size': 10, 'text-anchor': 'end' }, round(x0 + (w - 1.5 * pad) / kx));
  add('text', { x: pad - 4, y: h - pad, 'font-size': 10, 'text-anchor': 'end' }, round(y0));
  add('text', { x: pad - 4, y: pad, 'font-size': 10, 'text-anchor': 'end' }, round(y0 + (h - 2 * pad) / ky));
  add('polyline', { points: line.map(p => X(p[0]) + ',' + Y(p[1])).join(' '), fill: 'none', stroke: '#d62728', 'stroke-width': 2 });
  points.forEach(p => add('circle', { cx: X(p[0]), cy: Y(p[1]), r: 3, fill: 'none', stroke: '#1f77b4' }));
  add('text', { x: w - pad, y: pad / 2 + 4, 'font-size': 11, 'text-anchor': 'end', fill: '#1f77b4' }, '○ measured');
  add('text', { x: w - pad, y: pad / 2 + 18, 'font-size': 11, 'text-anchor': 'end', fill: '#d62728' }, '— fit');
  return svg;
}

/** The measured spectrum as points and the fitted circuit as a line, −Z'' against Z', one ohm as long both ways. */
function nyquist(s) {
  const points = s.real_ohm.map((v, i) => [v, -s.imaginary_ohm[i]]);
  const line = s.fit_real_ohm.map((v, i) => [v, -s.fit_imaginary_ohm[i]]);
  return plot(points, line, "Z' / Ω", "−Z'' / Ω", true);
}

function init() {
  takeToken();
  document.getElementById('compose').addEventListener('input', compose);
  document.getElementById('recipe').addEventListener('input', recipeChanged);
  document.getElementById('check').addEventListener('click', check);
  document.getElementById('start').addEventListener('click', start);
  const drop = document.getElementById('drop');
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) analyse(e.dataTransfer.files[0]); });
  document.getElementById('file').addEventListener('change', e => { if (e.target.files[0]) analyse(e.target.files[0]); });
  refreshHealth();
  refreshInstalled();
  refreshRuns();
  setInterval(refreshHealth, 2000);
  setInterval(refreshInstalled, 1000);
  setInterval(refreshRuns, 1000);
}

document.addEventListener('DOMContentLoaded', init);
