// 产业大脑 overview: map with drill-down, monthly trend, chain heat, origin → host flows and the lead funnel, drawn
// from the figures the page carries; every name reaches a tooltip through ChainAtlas.escape.
(function () {
  const root = document.getElementById('overview');
  const d = JSON.parse(root.dataset.charts);
  const t = JSON.parse(root.dataset.texts);
  const esc = ChainAtlas.escape;
  const f = d.figures;
  const yi = v => Math.round(v / 1e6) / 100;  // CNY → 亿元, two decimals
  const charts = [];
  const chartOf = id => { const c = echarts.init(document.getElementById(id)); charts.push(c); return c; };
  const go = code => { window.location.href = '/overview?region=' + encodeURIComponent(code || '') + (d.wall ? '&wall=true' : ''); };

  async function drawMap() {
    const chart = chartOf('overview-map');
    let map;
    let data;
    if (d.level === 'country') {
      map = await ChainAtlas.loadMap('china', '/geo/china.json');
      const byProvince = {};
      f.byCity.forEach(c => {
        const p = byProvince[c.provinceCode] || (byProvince[c.provinceCode] = { name: c.provinceMapName, code: c.provinceCode,
          label: c.provinceName, value: 0, signed: 0, started: 0 });
        p.value += c.contractedCny; p.signed += c.signed; p.started += c.started;
      });
      data = Object.values(byProvince).filter(p => p.name);
    } else {
      map = await ChainAtlas.loadMap('p' + d.province, '/geo/province/' + d.province + '.json');
      data = f.byCity.filter(c => c.mapName && c.provinceCode === d.province)
          .map(c => ({ name: c.mapName, code: c.code, label: c.name, value: c.contractedCny, signed: c.signed, started: c.started,
            selected: d.level === 'city' && c.code === d.region }));
    }
    data.forEach(p => { p.value = yi(p.value); });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: p => p.data ? esc(p.data.label) + '<br>' + esc(t.signed) + ': ' + esc(p.data.signed)
          + '<br>' + esc(t.started) + ': ' + esc(p.data.started) + '<br>' + esc(t.contracted) + ': ' + esc(p.data.value) + ' ' + esc(t.unit)
          : esc(p.name) },
      visualMap: { min: 0, max: Math.max(1, ...data.map(p => p.value)), left: 'left', bottom: 10, calculable: true,
        inRange: { color: ['#e3f2fd', '#0d47a1'] } },
      series: [{ type: 'map', map: map, roam: true, selectedMode: d.level === 'city' ? 'single' : false, data: data }]
    });
    chart.on('click', p => { if (p.data && p.data.code && p.data.code !== d.region) go(p.data.code); });
  }

  function drawTrend() {
    const chart = chartOf('overview-trend');
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [t.signed, t.started, t.producing, t.contracted], textStyle: { color: d.wall ? '#e3f2fd' : '#333' } },
      grid: { left: 40, right: 50, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: d.months.map(m => m.month) },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: t.unit }],
      series: [
        { name: t.signed, type: 'line', data: d.months.map(m => m.signed) },
        { name: t.started, type: 'line', data: d.months.map(m => m.started) },
        { name: t.producing, type: 'line', data: d.months.map(m => m.producing) },
        { name: t.contracted, type: 'bar', yAxisIndex: 1, itemStyle: { opacity: 0.35 }, data: d.months.map(m => yi(m.contractedCny)) }
      ]
    });
  }

  function drawChains() {
    const chart = chartOf('overview-chains');
    const chains = f.byChain.slice(0, 12);
    const steps = [t.signed, t.started, t.producing];
    const cells = [];
    chains.forEach((c, y) => [c.signed, c.started, c.producing].forEach((v, x) => cells.push([x, y, v])));
    chart.setOption({
      animation: false,
      tooltip: { formatter: p => esc(chains[p.data[1]].label) + '<br>' + esc(steps[p.data[0]]) + ': ' + esc(p.data[2]) },
      grid: { left: 150, right: 20, top: 10, bottom: 80 },
      xAxis: { type: 'category', data: steps },
      yAxis: { type: 'category', data: chains.map(c => c.label), axisLabel: { width: 140, overflow: 'truncate' } },
      visualMap: { min: 0, max: Math.max(1, ...cells.map(c => c[2])), orient: 'horizontal', left: 'center', bottom: 0,
        calculable: true, inRange: { color: ['#fff3e0', '#e65100'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: true } }]
    });
    chart.on('click', p => { const c = chains[p.data[1]]; if (c) window.location.href = '/projects?step=signed&chain=' + encodeURIComponent(c.key)
        + (d.region ? '&region=' + encodeURIComponent(d.region) : ''); });
  }

  async function drawFlows() {
    const chart = chartOf('overview-flows');
    await ChainAtlas.loadMap('china', '/geo/china.json');
    const max = Math.max(1, ...d.flows.map(x => x.contractedCny));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: p => p.data && p.data.flow ? esc(p.data.flow.originName) + ' → ' + esc(p.data.flow.hostName)
          + '<br>' + esc(t.projects) + ': ' + esc(p.data.flow.projects) + '<br>' + esc(t.contracted) + ': '
          + esc(yi(p.data.flow.contractedCny)) + ' ' + esc(t.unit) : esc(p.name) },
      geo: { map: 'china', roam: true, itemStyle: { areaColor: d.wall ? '#0b3d6e' : '#eef3f8', borderColor: '#90a4ae' } },
      series: [
        { type: 'lines', coordinateSystem: 'geo', lineStyle: { color: '#e65100', curveness: 0.25, opacity: 0.7 },
          data: d.flows.map(x => ({ flow: x, coords: [[x.originLongitude, x.originLatitude], [x.hostLongitude, x.hostLatitude]],
            lineStyle: { width: 1 + 5 * x.contractedCny / max } })) },
        { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, itemStyle: { color: '#0d47a1' },
          data: d.flows.map(x => ({ name: x.hostName, value: [x.hostLongitude, x.hostLatitude], flow: x })) }
      ]
    });
  }

  function drawLeads() {
    const chart = chartOf('overview-leads');
    const stages = ['TARGET', 'CONTACTED', 'NEGOTIATING', 'SIGNED'];
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: p => esc(p.name) + ': ' + esc(p.value) },
      series: [{ type: 'funnel', sort: 'none', left: '8%', width: '70%', minSize: '4%', min: 0,
        max: Math.max(1, ...stages.map(s => d.funnel[s] || 0)), label: { formatter: '{b}: {c}' },
        data: stages.map(s => ({ name: t['lead.' + s], value: d.funnel[s] || 0, stage: s })) }]
    });
    chart.on('click', p => { if (p.data && p.data.stage) window.location.href = '/leads?stage=' + p.data.stage; });
  }

  const toggle = document.getElementById('wall-toggle');
  if (toggle) {
    toggle.addEventListener('click', () => {
      if (document.fullscreenElement) { document.exitFullscreen(); } else if (root.requestFullscreen) { root.requestFullscreen(); }
    });
    document.addEventListener('fullscreenchange', () => {
      toggle.textContent = document.fullscreenElement ? t.exitFullScreen : t.fullScreen;
      setTimeout(() => charts.forEach(c => c.resize()), 100);
    });
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  d.wall = document.body.classList.contains('ca-wall');
  Promise.all([drawMap(), drawFlows()]).then(() => { root.dataset.ready = 'true'; });
  drawTrend();
  drawChains();
  drawLeads();
  window.overview = { charts: charts };
})();
