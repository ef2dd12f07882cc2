/*! conflict-timeline embed.js: sizes timeline iframes to their content. Optional: without it an
 * embed keeps its fixed height. Accepts {type:"conflict-timeline:resize",height:<int px>} only
 * from the window of an iframe whose src contains "/embed", on that iframe's origin. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    var height = data && data.type === 'conflict-timeline:resize' ? data.height : NaN;
    if (!event.source || !Number.isInteger(height) || height < 100 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || frame.src.indexOf('/embed') < 0) continue;
      try {
        if (new URL(frame.src).origin !== event.origin) return;
      } catch (error) {
        return;
      }
      frame.style.height = height + 'px';
      return;
    }
  });
})();
