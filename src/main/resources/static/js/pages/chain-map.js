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
  const MIN_ROW_PX = 24;      // a 12 px label with room above and below
  const SYMBOL_ROOM_PX = 40;  // the largest symbol and the gap before its label
  const format = (pattern, ...args) => args.reduce((s, a, i) => s.replaceAll('{' + i + '}', a), pattern);
  // SVG: crisp when printed, and each label is an element whose box the browser can measure
  const chart = echarts.init(element, null, { renderer: 'svg' });
  let graph = null;
  let presence = null;
  let selectedNode = null;

  const nameOf = n => english ? n.nameEn : n.nameZh;

  /**
   * Fixed lanes: upstream, midstream, downstream side by side (one above the other when the page is narrow), one
   * row per segment. After drawing, the lane and row pitch in pixels are measured: labels are cut (with the full
   * name in the tooltip) to the lane's width and the chart grows until rows are tall enough, so no two labels can
   * overlap whatever the names and the screen.
   */
  function render() {
    const byCode = presence ? Object.fromEntries(presence.segments.map(s => [s.nodeCode, s])) : {};
    const stacked = element.clientWidth < 720;
    const rows = { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 };
    graph.nodes.forEach(n => rows[n.stage]++);
    const laneStart = {};
    let offset = 0;
    lanes.forEach(lane => { laneStart[lane] = offset; offset += rows[lane] + 2; });
    const position = (lane, row) => stacked ? [0, (laneStart[lane] + row) * ROW] : [lanes.indexOf(lane) * LANE_WIDTH, row * ROW];
    const data = lanes.map(lane => {
      const [x, y] = position(lane, -1);
      return { id: '__lane_' + lane, name: t['chain.stage.' + lane], x: x, y: y, symbolSize: 0, lane: true,
        label: { show: true, position: 'right', fontWeight: 'bold', fontSize: 14, color: '#37474f', width: null },
        tooltip: { show: false } };
    });
    // an invisible corner so that the last lane's labels have their lane's width inside the chart
    data.push({ id: '__corner', name: '', x: stacked ? LANE_WIDTH : 3 * LANE_WIDTH - 60, y: 0, symbolSize: 0, lane: true,
      label: { show: false }, tooltip: { show: false } });
    const placed = { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 };
    graph.nodes.forEach(n => {
      const seg = byCode[n.code];
      const state = seg ? seg.status : 'NONE';
      const name = nameOf(n);
      const [x, y] = position(n.stage, placed[n.stage]++);
      data.push({
        id: n.code, name: name, x: x, y: y, status: state,
        symbolSize: seg ? Math.min(34, 16 + Math.sqrt(seg.evidence) * 5) : 18,
        itemStyle: { color: colours[state] },
        label: { show: true, position: 'right', fontSize: 12 },
        tooltip: { formatter: () => esc(name) + '<br>' + esc(t['chain.stage.' + n.stage]) + (seg ? '<br>' + esc(t['chain.map.local'])
            + ': ' + seg.enterprises + ' · ' + esc(t['chain.map.zones']) + ': ' + seg.zones + '<br>' + esc(t['chain.map.evidence'])
            + ': ' + seg.evidence + ' · ' + esc(status[seg.status]) : '') }
      });
    });
    const draw = labelWidth => chart.setOption({
      tooltip: {},
      animation: false,
      series: [{
        type: 'graph', layout: 'none', roam: false, draggable: false, left: 16, right: 16, top: 28, bottom: 16,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#90a4ae', curveness: 0.15, opacity: 0.6 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        label: { width: labelWidth, overflow: 'truncate', ellipsis: '…' },
        data: data,
        links: graph.edges.map(e => ({ source: e.from, target: e.to, lineStyle: { width: 0.5 + 2 * e.weight } }))
      }]
    }, true);
    const pitch = () => {
      const a = chart.convertToPixel({ seriesIndex: 0 }, [0, 0]);
      const b = chart.convertToPixel({ seriesIndex: 0 }, [LANE_WIDTH, ROW]);
      return { lane: b[0] - a[0], row: b[1] - a[1] };
    };
    draw(200);
    let p = pitch();
    for (let i = 0; i < 4 && p.row < MIN_ROW_PX; i++) {
      element.style.height = Math.ceil(element.clientHeight * MIN_ROW_PX / p.row) + 8 + 'px';
      chart.resize();
      draw(200);
      p = pitch();
    }
    draw(Math.max(40, Math.floor(p.lane - SYMBOL_ROOM_PX)));
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
      rule.textContent = format(t['chain.map.rule'], presence.presentAt) + ' ' + t['chain.map.sources'] + presence.sources.join(t['list.semicolon'] || '；');
    } else {
      summary.textContent = '';
      rule.textContent = '';
    }
  }

  function item(list, text, href, note) {
    const li = document.createElement('li');
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      li.appendChild(a);
    } else {
      li.textContent = text;
    }
    if (note) {
      // why the enterprise is filed as producing it there (classified from …, reported in …, presumed …): text, never markup
      const why = document.createElement('div');
      why.className = 'small text-muted evidence-why';
      why.textContent = note;
      li.appendChild(why);
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
    e.producers.forEach(p => item(producers, p.nameZh + (p.stockCode ? (english ? ' (' + p.stockCode + ')' : '（' + p.stockCode + '）') : '')
        + ' · ' + p.weight
        + (p.revenueCny ? ' · ' + (english ? (p.revenueCny / 1e9).toFixed(2) + ' billion CNY ' : (p.revenueCny / 1e8).toFixed(1) + ' 亿元 ')
          + (p.revenueYear || '') : ''),
        '/enterprises/' + p.enterpriseId, p.evidence));
    e.zones.forEach(z => item(zones, z.nameZh + ' · “' + (z.phrase || '') + '” · ' + z.confidence, '/parks/' + z.parkId));
    e.opportunities.forEach(o => item(opportunities, english && o.titleEn ? o.titleEn : o.titleZh, '/opportunities/' + o.id));
    [producers, zones, opportunities].forEach(l => { if (!l.children.length) item(l, t['chain.map.evidence.none']); });
    if (e.demoOpportunities > 0) {
      // demo projects are invented: not evidence, so only counted here, with a link to the list that labels them
      item(opportunities, format(t['chain.map.evidence.demoProjects'], e.demoOpportunities),
          '/chains/' + encodeURIComponent(code) + '/opportunities?region=' + encodeURIComponent(region));
      opportunities.lastChild.classList.add('text-muted', 'evidence-demo');
    }
    document.getElementById('evidence-sources').textContent = t['chain.map.sources'] + e.sources.join(t['list.semicolon'] || '；');
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
