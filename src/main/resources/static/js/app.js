// Shared helpers for ChainAtlas pages. ECharts is loaded before this file.
window.ChainAtlas = (function () {
  const registered = {};

  /**
   * Text for HTML: every tooltip and label formatter passes user-typed names (enterprises, parks, segments,
   * facilities) through this, so a name like <img src=x onerror=…> shows as text and never runs.
   */
  function escape(value) {
    return String(value == null ? '' : value).replace(/[&<>"'`]/g,
        c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }[c]));
  }

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
      tooltip: { trigger: 'item', formatter: p => escape(p.data ? p.data.label : p.name) + '<br>' + escape(valueLabel) + ': '
          + escape(p.value || 0) },
      visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: [String(max), '0'], calculable: true,
                   inRange: { color: ['#e3f2fd', '#1565c0'] } },
      series: [{ type: 'map', map: 'china', roam: true, zoom: 1.15, selectedMode: false, label: { show: false },
                 data: points.filter(p => p.mapName).map(p => ({ name: p.mapName, value: p.value, code: p.code, label: p.name })) }]
    });
    chart.on('click', p => { if (p.data && p.data.code) window.location.href = regionUrl + p.data.code; });
    resizeOnWindowChange(chart);
    return chart;
  }

  /**
   * A China map with scatter layers: layers [{name, colour, size, symbol, points: [{name, value: [lng, lat], url}]}].
   * options.centre and options.radiusKm zoom to a circle; otherwise the map fits the points.
   */
  async function pointsMap(elementId, mapUrl, layers, options) {
    await loadMap('china', mapUrl);
    const element = document.getElementById(elementId);
    const chart = echarts.init(element);
    const all = layers.flatMap(l => l.points.map(p => p.value));
    let centre = options && options.centre;
    let zoom = 1.2;
    if (centre && options.radiusKm) {
      zoom = Math.max(1.2, Math.min(40, 2200 / options.radiusKm));
    } else if (all.length > 0) {
      const lngs = all.map(v => v[0]);
      const lats = all.map(v => v[1]);
      centre = [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
      const span = Math.max(Math.max(...lngs) - Math.min(...lngs), Math.max(...lats) - Math.min(...lats), 2);
      zoom = Math.max(1.2, Math.min(20, 50 / span));
    }
    chart.setOption({
      tooltip: { trigger: 'item', formatter: p => escape(p.data ? p.data.name : p.name) },
      legend: { bottom: 0, data: layers.map(l => l.name) },
      geo: { map: 'china', roam: true, zoom: zoom, center: centre, itemStyle: { areaColor: '#eef3f8', borderColor: '#9fb3c8' },
             emphasis: { disabled: true } },
      series: layers.map(l => ({ type: 'scatter', coordinateSystem: 'geo', name: l.name, symbol: l.symbol || 'circle',
        symbolSize: l.size || 8, itemStyle: { color: l.colour }, data: l.points, zlevel: l.symbol === 'pin' ? 2 : 1 }))
    });
    chart.on('click', p => { if (p.data && p.data.url) window.location.href = p.data.url; });
    element.dataset.ready = 'true';
    resizeOnWindowChange(chart);
    return chart;
  }

  /**
   * A chain drawn as a graph upstream → downstream (columns by longest path from a source), each segment
   * coloured by colourOf(node), labelled by labelOf(node) and explained on hover by tooltipOf(node) (default: the
   * label). graph: {nodes: [{id, code, stage, nameZh}], edges}. Labels are drawn on the canvas (text, not HTML).
   */
  function chainGraph(elementId, graph, colourOf, labelOf, tooltipOf) {
    const hoverOf = tooltipOf || labelOf;
    const namesByCode = Object.fromEntries(graph.nodes.map(n => [n.code, labelOf(n)]));
    const depth = Object.fromEntries(graph.nodes.map(n => [n.code, 0]));
    for (let round = 0; round < graph.nodes.length; round++) {
      let changed = false;
      graph.edges.forEach(e => { if (depth[e.from] + 1 > depth[e.to]) { depth[e.to] = depth[e.from] + 1; changed = true; } });
      if (!changed) break;
    }
    const rows = {};
    const chart = echarts.init(document.getElementById(elementId));
    chart.setOption({
      // an edge says the two segments by name (its data holds their codes: "lithium → nickel-cobalt")
      tooltip: { formatter: p => p.dataType === 'edge' ? escape(namesByCode[p.data.source] || p.data.source) + ' → '
        + escape(namesByCode[p.data.target] || p.data.target) : escape(p.name) },
      series: [{
        type: 'graph', layout: 'none', roam: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#90a4ae', curveness: 0.12, opacity: 0.8 }, emphasis: { focus: 'adjacency' },
        data: graph.nodes.map(n => {
          const column = depth[n.code];
          rows[column] = (rows[column] || 0) + 1;
          return { id: n.code, name: hoverOf(n), x: column * 260, y: rows[column] * 70, symbolSize: 22,
                   itemStyle: { color: colourOf(n) }, label: { show: true, position: 'right', formatter: () => labelOf(n) } };
        }),
        links: graph.edges.map(e => ({ source: e.from, target: e.to, lineStyle: { width: 0.5 + 2.5 * e.weight } }))
      }]
    });
    resizeOnWindowChange(chart);
    return chart;
  }

  /** Forms with data-confirm ask before they submit (no inline handlers: content-security-policy). */
  function confirmForms() {
    document.querySelectorAll('form[data-confirm]').forEach(form => form.addEventListener('submit', event => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    }));
  }

  /**
   * Finding an enterprise by name for a form that stores its number: an input with data-find-enterprise="<id of the
   * number input>" lists matching enterprises (the search API) in its datalist; choosing one fills the number, and the
   * element named by data-chosen says which enterprise the number is. Text only (option values, textContent): names
   * never become HTML.
   */
  function enterpriseFinders() {
    document.querySelectorAll('input[data-find-enterprise]').forEach(finder => {
      const target = document.getElementById(finder.dataset.findEnterprise);
      const list = document.getElementById(finder.getAttribute('list'));
      const chosen = document.getElementById(finder.dataset.chosen);
      if (!target || !list) return;
      const say = async id => {
        if (!chosen) return;
        chosen.textContent = '';
        if (!/^\d+$/.test(String(id || '').trim())) return;
        const response = await fetch('/api/v1/enterprises/' + encodeURIComponent(String(id).trim()));
        chosen.textContent = response.ok ? (await response.json()).nameZh : finder.dataset.unknown || '?';
      };
      let timer = null;
      finder.addEventListener('input', () => {
        const picked = /#(\d+)）$/.exec(finder.value);
        if (picked) {
          target.value = picked[1];
          say(picked[1]);
          return;
        }
        clearTimeout(timer);
        const text = finder.value.trim();
        if (text.length < 2) return;
        timer = setTimeout(async () => {
          const response = await fetch('/api/v1/enterprises?size=10&q=' + encodeURIComponent(text));
          if (!response.ok) return;
          list.replaceChildren(...(await response.json()).content.map(h => {
            const option = document.createElement('option');
            option.value = h.nameZh + '（' + h.hqRegionCode + ' · #' + h.id + '）';
            return option;
          }));
        }, 250);
      });
      target.addEventListener('change', () => say(target.value));
      say(target.value);
    });
  }

  /**
   * Choosing a park of the host region for a form that stores the park's number: a select with data-pick-park="<id of
   * the number input>" and data-region-from="<id of the region select>" lists the region's parks (the parks API).
   */
  function parkPickers() {
    document.querySelectorAll('select[data-pick-park]').forEach(picker => {
      const target = document.getElementById(picker.dataset.pickPark);
      const region = document.getElementById(picker.dataset.regionFrom);
      if (!target || !region) return;
      const none = picker.options.length > 0 ? picker.options[0].text : '';
      const load = async () => {
        picker.replaceChildren(new Option(none, ''));
        if (!region.value) return;
        const response = await fetch('/api/v1/parks?size=500&region=' + encodeURIComponent(region.value));
        if (!response.ok) return;
        (await response.json()).content.forEach(p => picker.add(new Option(p.nameZh, String(p.id))));
        picker.value = target.value && [...picker.options].some(o => o.value === target.value) ? target.value : '';
      };
      picker.addEventListener('change', () => { target.value = picker.value; });
      region.addEventListener('change', () => { target.value = ''; load(); });
      load();
    });
  }

  /** The error summary names each field by the form's own label where the page has one (职务, not a generic 名称). */
  function labelErrorSummary() {
    document.querySelectorAll('#form-errors [data-field]').forEach(item => {
      const label = document.querySelector('label[for="' + CSS.escape(item.dataset.field) + '"]');
      if (label && label.textContent.trim()) item.textContent = label.textContent.trim();
    });
  }

  /**
   * A form sent twice by a double click (two tickets, two comments, a 409 for the second request): a post form takes
   * its first submission only; after five seconds (a download, a page that stays) it may be sent again.
   */
  document.addEventListener('submit', event => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'true';
    setTimeout(() => { delete form.dataset.sending; }, 5000);
  });
  // a page brought back by the browser's back button takes its forms again at once
  window.addEventListener('pageshow', event => {
    if (event.persisted) document.querySelectorAll('form[data-sending]').forEach(form => { delete form.dataset.sending; });
  });

  document.addEventListener('DOMContentLoaded', labelErrorSummary);
  document.addEventListener('DOMContentLoaded', fixLanguageLink);
  document.addEventListener('DOMContentLoaded', confirmForms);
  document.addEventListener('DOMContentLoaded', enterpriseFinders);
  document.addEventListener('DOMContentLoaded', parkPickers);
  return { escape, loadMap, resizeOnWindowChange, provinceMap, pointsMap, chainGraph };
})();
