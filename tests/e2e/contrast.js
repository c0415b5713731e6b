// A contrast theme's colours read off the screen: scripts that run in the
// browser, shared by the Playwright suite and the engine journeys. Each is a
// function body that gets its inputs as `arguments`, as WebDriver runs them.

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
