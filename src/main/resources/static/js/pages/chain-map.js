// Chain map: segments in upstream / midstream / downstream lanes coloured by real local evidence; a click on a
// segment lists the enterprises, zones and key projects behind its verdict. Every name is set as text.
(function () {
  const element = document.getElementById('chain-graph');
  const code = element.dataset.code;
  const api = element.dataset.api;
  const english = element.dataset.english === 'true';
  const t = JSON.parse(element.dataset.texts);
  const esc = ChainAtlas.escape;
  const status = { PRESENT: t['chain.map.legend.present'], WEAK: t['chain.map.legend.weak'], MISSING: t['chain.map.legend.missing'] };
  const colours = { PRESENT: '#2e7d32', WEAK: '#f9a825', MISSING: '#c62828', NONE: '#5c7cfa' };
  const lanes = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
  const LANE_WIDTH = 420;
  const ROW = 48;
  const format = (pattern, ...args) => args.reduce((s, a, i) => s.replaceAll('{' + i + '}', a), pattern);
  const chart = echarts.init(element);
  let graph = null;
  let presence = null;
  let selectedNode = null;

  const nameOf = n => english ? n.nameEn : n.nameZh;

  function render() {
    const byCode = presence ? Object.fromEntries(presence.segments.map(s => [s.nodeCode, s])) : {};
    const rows = { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 };
    const data = lanes.map((lane, i) => ({ id: '__lane_' + lane, name: t['chain.stage.' + lane], x: i * LANE_WIDTH, y: -ROW,
      symbolSize: 0, lane: true, label: { show: true, position: 'inside', fontWeight: 'bold', fontSize: 14, color: '#37474f' },
      tooltip: { show: false } }));
    graph.nodes.forEach(n => {
      const seg = byCode[n.code];
      const state = seg ? seg.status : 'NONE';
      const name = nameOf(n);
      data.push({
        id: n.code, name: name, x: lanes.indexOf(n.stage) * LANE_WIDTH, y: (rows[n.stage]++) * ROW, status: state,
        symbolSize: seg ? Math.min(34, 16 + Math.sqrt(seg.evidence) * 5) : 18,
        itemStyle: { color: colours[state] },
        label: { show: true, position: 'right', width: LANE_WIDTH - 70, overflow: 'truncate', fontSize: 12 },
        tooltip: { formatter: () => esc(name) + '<br>' + esc(t['chain.stage.' + n.stage]) + (seg ? '<br>' + esc(t['chain.map.local'])
            + ': ' + seg.enterprises + ' · ' + esc(t['chain.map.zones']) + ': ' + seg.zones + '<br>' + esc(t['chain.map.evidence'])
            + ': ' + seg.evidence + ' · ' + esc(status[seg.status]) : '') }
      });
    });
    chart.setOption({
      tooltip: {},
      animationDurationUpdate: 300,
      series: [{
        type: 'graph', layout: 'none', roam: true, draggable: false,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#90a4ae', curveness: 0.15, opacity: 0.6 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        labelLayout: { hideOverlap: true },
        data: data,
        links: graph.edges.map(e => ({ source: e.from, target: e.to, lineStyle: { width: 0.5 + 2 * e.weight } }))
      }]
    }, true);
  }

  function renderTable() {
    const byCode = presence ? Object.fromEntries(presence.segments.map(s => [s.nodeCode, s])) : {};
    document.querySelectorAll('#segments tbody tr').forEach(row => {
      const seg = byCode[row.dataset.node];
      const cell = row.querySelector('.presence-status');
      row.querySelector('.local-count').textContent = seg ? seg.enterprises : '–';
      row.querySelector('.zone-count').textContent = seg ? seg.zones : '–';
      row.querySelector('.evidence-value').textContent = seg ? seg.evidence : '–';
      cell.textContent = seg ? status[seg.status] : '–';
      cell.className = 'presence-status' + (seg ? ' status-' + seg.status : '');
      row.dataset.status = seg ? seg.status : '';
    });
    const summary = document.getElementById('presence-summary');
    const rule = document.getElementById('presence-rule');
    if (presence) {
      summary.textContent = format(t['chain.map.summary'], english ? presence.regionNameEn : presence.regionNameZh, presence.present,
          presence.weak, presence.missing, presence.chainZones);
      rule.textContent = format(t['chain.map.rule'], presence.presentAt) + ' ' + t['chain.map.sources'] + presence.sources.join('；');
    } else {
      summary.textContent = '';
      rule.textContent = '';
    }
  }

  function item(list, text, href) {
    const li = document.createElement('li');
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      li.appendChild(a);
    } else {
      li.textContent = text;
    }
    list.appendChild(li);
  }

  async function showEvidence(nodeCode) {
    selectedNode = nodeCode;
    const region = document.getElementById('region').value;
    const hint = document.getElementById('evidence-hint');
    const body = document.getElementById('evidence-body');
    if (!region) {
      hint.textContent = t['chain.map.evidence.chooseRegion'];
      body.hidden = true;
      return;
    }
    const response = await fetch(api + '/chains/' + encodeURIComponent(code) + '/segments/' + encodeURIComponent(nodeCode)
        + '/evidence?region=' + encodeURIComponent(region));
    if (!response.ok) return;
    const e = await response.json();
    hint.hidden = true;
    body.hidden = false;
    body.dataset.node = nodeCode;
    document.getElementById('evidence-title').textContent = english ? e.nodeNameEn : e.nodeNameZh;
    document.getElementById('evidence-summary').textContent = format(t['chain.map.evidence.summary'], e.segment.evidence,
        e.segment.enterprises, e.segment.zones, status[e.segment.status]);
    const producers = document.getElementById('evidence-producers');
    const zones = document.getElementById('evidence-zones');
    const opportunities = document.getElementById('evidence-opportunities');
    [producers, zones, opportunities].forEach(l => l.replaceChildren());
    e.producers.forEach(p => item(producers, p.nameZh + (p.stockCode ? '（' + p.stockCode + '）' : '') + ' · ' + p.weight
        + (p.revenueCny ? ' · ' + (p.revenueCny / 1e8).toFixed(1) + (english ? ' ×100M CNY ' : ' 亿元 ') + (p.revenueYear || '') : ''),
        '/enterprises/' + p.enterpriseId));
    e.zones.forEach(z => item(zones, z.nameZh + ' · “' + (z.phrase || '') + '” · ' + z.confidence, '/parks/' + z.parkId));
    e.opportunities.forEach(o => item(opportunities, o.titleZh, '/opportunities/' + o.id));
    [producers, zones, opportunities].forEach(l => { if (!l.children.length) item(l, t['chain.map.evidence.none']); });
    document.getElementById('evidence-sources').textContent = t['chain.map.sources'] + e.sources.join('；');
  }

  async function showRegion(regionCode) {
    document.getElementById('region').value = regionCode || '';
    const url = new URL(window.location.href);
    if (regionCode) url.searchParams.set('region', regionCode); else url.searchParams.delete('region');
    url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    if (!regionCode) { presence = null; } else {
      const response = await fetch(api + '/chains/' + encodeURIComponent(code) + '/presence?region=' + encodeURIComponent(regionCode));
      presence = response.ok ? await response.json() : null;
    }
    render();
    renderTable();
    element.dataset.region = regionCode || '';
    if (selectedNode) await showEvidence(selectedNode);
  }

  async function loadCities(provinceCode) {
    const city = document.getElementById('city');
    city.replaceChildren();
    const all = document.createElement('option');
    all.value = ''; all.textContent = t['chain.map.allProvince'];
    city.appendChild(all);
    city.disabled = !provinceCode;
    if (!provinceCode) return;
    const response = await fetch(api + '/regions/' + provinceCode + '/children');
    const children = response.ok ? await response.json() : [];
    children.forEach(c => {
      const option = document.createElement('option');
      option.value = c.code; option.textContent = english ? c.nameEn : c.nameZh;
      city.appendChild(option);
    });
  }

  document.getElementById('province').addEventListener('change', async e => {
    await loadCities(e.target.value);
    await showRegion(e.target.value);
  });
  document.getElementById('city').addEventListener('change', async e => {
    await showRegion(e.target.value || document.getElementById('province').value);
  });
  document.querySelectorAll('.segment-link').forEach(a => a.addEventListener('click', ev => {
    ev.preventDefault();
    showEvidence(a.dataset.node);
  }));
  chart.on('click', p => { if (p.dataType === 'node' && p.data && !p.data.lane) showEvidence(p.data.id); });

  window.chainMap = {
    chart: chart,
    statusOf: nodeCode => {
      const found = chart.getOption().series[0].data.find(d => d.id === nodeCode);
      return found ? { status: found.status, colour: found.itemStyle.color } : null;
    },
    colours: colours,
    showEvidence: showEvidence
  };

  (async function init() {
    const response = await fetch(api + '/chains/' + encodeURIComponent(code) + '/graph');
    graph = await response.json();
    await showRegion(document.getElementById('region').value);
    element.dataset.ready = 'true';
    ChainAtlas.resizeOnWindowChange(chart);
  })();
})();
