// Shared helpers for ChainAtlas pages. ECharts is loaded before this file.
window.ChainAtlas = (function () {
  const registered = {};

  /** Loads a GeoJSON map once and registers it with ECharts under the given name. */
  async function loadMap(name, url) {
    if (!registered[name]) {
      const response = await fetch(url);
      if (!response.ok) throw new Error('map ' + url + ': ' + response.status);
      echarts.registerMap(name, await response.json());
      registered[name] = true;
    }
    return name;
  }

  /** Keeps the language switch on the current page and query. */
  function fixLanguageLink() {
    const link = document.getElementById('lang-switch');
    if (!link) return;
    const target = new URL(link.getAttribute('href'), window.location.href);
    const here = new URL(window.location.href);
    here.searchParams.set('lang', target.searchParams.get('lang'));
    link.setAttribute('href', here.pathname + '?' + here.searchParams.toString());
  }

  function resizeOnWindowChange(chart) {
    window.addEventListener('resize', () => chart.resize());
  }

  /**
   * China map coloured by a value per province; clicking a province opens its region page.
   * points: [{code, name, mapName, value}]
   */
  async function provinceMap(elementId, points, valueLabel, mapUrl, regionUrl) {
    await loadMap('china', mapUrl);
    const chart = echarts.init(document.getElementById(elementId));
    const max = Math.max(1, ...points.map(p => p.value));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: p => (p.data ? p.data.label : p.name) + '<br>' + valueLabel + ': ' + (p.value || 0) },
      visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: [String(max), '0'], calculable: true,
                   inRange: { color: ['#e3f2fd', '#1565c0'] } },
      series: [{ type: 'map', map: 'china', roam: true, zoom: 1.15, selectedMode: false, label: { show: false },
                 data: points.filter(p => p.mapName).map(p => ({ name: p.mapName, value: p.value, code: p.code, label: p.name })) }]
    });
    chart.on('click', p => { if (p.data && p.data.code) window.location.href = regionUrl + p.data.code; });
    resizeOnWindowChange(chart);
    return chart;
  }

  document.addEventListener('DOMContentLoaded', fixLanguageLink);
  return { loadMap, resizeOnWindowChange, provinceMap };
})();
