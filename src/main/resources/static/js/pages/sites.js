// Site recommendation page: weight sliders, contribution bars and the map of ranked zones (data from attributes).
(function () {
  document.querySelectorAll('#weights input[type=range]').forEach(input => input.addEventListener('input',
      () => { document.getElementById(input.id + '-out').textContent = input.value; }));
  document.querySelectorAll('.ca-bar .progress[data-width]').forEach(bar => { bar.style.width = bar.dataset.width + '%'; });
  const map = document.getElementById('site-map');
  if (!map) return;
  const sites = JSON.parse(map.dataset.sites);
  const point = s => ({ name: s.rank + '. ' + s.parkNameZh + ' · ' + s.score, value: [s.longitude, s.latitude], url: '/parks/' + s.parkId });
  ChainAtlas.pointsMap('site-map', map.dataset.map, [
    { name: map.dataset.layer, colour: '#1565c0', size: 9, points: sites.map(point) },
    { name: map.dataset.top, colour: '#c62828', size: 15, symbol: 'pin', points: sites.slice(0, 3).map(point) }
  ]);
})();
