// The demo's "what has fired" panel: tags, cookies and the consent state, live.
;(function () {
  var fired = []
  function text(id, value) {
    var element = document.getElementById(id)
    if (element) element.textContent = value
  }
  function renderTags() {
    var list = document.getElementById('fired-tags')
    if (!list) return
    // Built from text nodes only: tag names arrive by postMessage from other origins.
    var items = (fired.length ? fired : ['（まだありません / none yet）']).map(function (name) {
      var item = document.createElement('li')
      item.textContent = name
      return item
    })
    list.replaceChildren.apply(list, items)
  }
  function renderState(state) {
    if (!state && window.consentry) state = window.consentry.get()
    if (state) text('consent-state', JSON.stringify(state, null, 1))
  }
  function renderCookies() {
    text('cookies', document.cookie || '（なし / none）')
  }
  function record(name) {
    if (typeof name !== 'string' || name.length > 40 || fired.indexOf(name) !== -1) return
    fired.push(name)
    renderTags()
  }
  window.addEventListener('demo:tag-fired', function (event) { record(event.detail) })
  window.addEventListener('message', function (event) {
    if (event.data && typeof event.data === 'object') record(event.data.consentryDemoTag)
  })
  window.addEventListener('consentry:change', function (event) {
    renderState(event.detail)
    renderCookies()
  })
  // The DMP pixel cannot announce itself: its load event, caught on the way down, does.
  document.addEventListener('load', function (event) {
    var target = event.target
    if (target && target.tagName === 'IMG' && target.hasAttribute('data-consent')) record('dmp-pixel')
  }, true)
  document.addEventListener('DOMContentLoaded', function () {
    ;(window.__firedTags || []).forEach(record)
    var withdraw = document.getElementById('withdraw')
    if (withdraw) withdraw.addEventListener('click', function () { window.consentry.withdraw() })
    renderTags()
    renderCookies()
    renderState()
    if (window.consentry && window.consentry.ready) window.consentry.ready.then(function () { renderState() })
    setInterval(function () {
      renderCookies()
      renderState()
    }, 1000)
  })
})()
