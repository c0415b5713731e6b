// Contrast measured in the browser (a contrast theme's colours read off the
// screen, and text against its background): scripts shared by the Playwright
// suite and the engine journeys. Each is a function body that gets its inputs
// as `arguments`, as WebDriver runs them.

/** In the page: the theme's text and highlight colours as painted, each an
 * [r, g, b] (the highlight can be translucent: blended over the background). */
export const THEME_COLOURS = `
  const resolve = (colour) => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.setProperty('forced-color-adjust', 'none');
    probe.style.color = colour;
    const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
    probe.remove();
    return [r, g, b, a];
  };
  const canvas = resolve('Canvas');
  return ['CanvasText', 'Highlight'].map((colour) => {
    const rgba = resolve(colour);
    return canvas.slice(0, 3).map((under, i) => Math.round(rgba[3] * rgba[i] + (1 - rgba[3]) * under));
  });
`;

/** In a blank page (the app's CSP allows no data: images), asynchronous:
 * given a PNG screenshot in base64 and boxes ({ x, y, width, height } in its
 * pixels, and a colour), calls back with each box's share of pixels that are
 * (nearly) its colour. */
export const SHARES_OF_COLOUR = `
  const [png, boxes, done] = arguments;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    done(boxes.map(({ x, y, width, height, colour: [r, g, b] }) => {
      const pixels = context.getImageData(x, y, width, height).data;
      let near = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 60) near++;
      }
      return near / (pixels.length / 4);
    }));
  };
  image.src = 'data:image/png;base64,' + png;
`;

/** In the page: the lowest contrast ratio of any text shown against the
 * first opaque background behind it, and where: [ratio, description]. Every
 * card is rendered first (off screen they skip rendering). */
export const LOWEST_TEXT_CONTRAST = `
  for (const el of document.querySelectorAll('.card, .guide-section')) el.style.contentVisibility = 'visible';
  const rgba = (colour) => colour.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) =>
    [r, g, b]
      .map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const colour = rgba(getComputedStyle(el).backgroundColor);
      if ((colour[3] ?? 1) > 0.5) return colour;
    }
    return rgba(getComputedStyle(document.documentElement).backgroundColor);
  };
  let lowest = [Infinity, 'no text'];
  for (const el of document.querySelectorAll('body *')) {
    const hasText = [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
    // Visually hidden text (a 1 px box) is for screen readers only.
    if (!hasText || !el.checkVisibility() || el.clientWidth <= 2) continue;
    const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < lowest[0]) lowest = [ratio, el.tagName.toLowerCase() + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40)];
  }
  return lowest;
`;
