// The demo's "what has fired" panel: tags, cookies and the consent state, live.
;(function () {
  var fired = []
  function render() {
    var list = document.getElementById('fired-tags')
    if (list) list.innerHTML = fired.length ? fired.map(function (name) { return '<li>' + name + '</li>' }).join('') : '<li>（まだありません / none yet）</li>'
    var cookies = document.getElementById('cookies')
    if (cookies) cookies.textContent = document.cookie || '（なし / none）'
    var state = document.getElementById('consent-state')
    if (state && window.consentry) state.textContent = JSON.stringify(window.consentry.get(), null, 1)
  }
  function record(name) {
    if (fired.indexOf(name) === -1) fired.push(name)
    render()
  }
  window.addEventListener('demo:tag-fired', function (event) { record(event.detail) })
  window.addEventListener('message', function (event) {
    if (event.data && event.data.consentryDemoTag) record(event.data.consentryDemoTag)
  })
  window.addEventListener('consentry:change', render)
  document.addEventListener('load', function (event) {
    var target = event.target
    if (target && target.tagName === 'IMG' && target.hasAttribute('data-consent')) record('dmp-pixel')
  }, true)
  document.addEventListener('DOMContentLoaded', function () {
    ;(window.__firedTags || []).forEach(record)
    var withdraw = document.getElementById('withdraw')
    if (withdraw) withdraw.addEventListener('click', function () { window.consentry.withdraw() })
    render()
    setInterval(render, 1000)
  })
})()
