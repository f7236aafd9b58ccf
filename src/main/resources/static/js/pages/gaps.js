// Gap analysis: the chain drawn with each segment coloured by its gap (data from attributes).
(function () {
  const element = document.getElementById('gap-graph');
  if (!element) return;
  const graph = JSON.parse(element.dataset.graph);
  const gapOf = JSON.parse(element.dataset.gaps);
  const labels = JSON.parse(element.dataset.labels);
  const colours = { MISSING: '#c62828', WEAK: '#f9a825', EXTEND: '#6a1b9a', NONE: '#2e7d32' };
  const english = element.dataset.english === 'true';
  const nameOf = n => english && n.nameEn ? n.nameEn : n.nameZh;
  // the name on the graph (the colour says the gap, as the legend above explains), name and gap on hover: names and
  // gaps side by side overlapped the next column
  ChainAtlas.chainGraph('gap-graph', graph, n => colours[gapOf[n.id]], nameOf,
      n => nameOf(n) + ' · ' + labels[gapOf[n.id]]);
  element.dataset.ready = 'true';
})();
