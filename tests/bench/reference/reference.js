// 13 sliders; every change updates its number and the total, in plain DOM
// calls: the least work a page can do for the benchmark's slider sweep.
const total = document.getElementById('total');
const sliders = [];
for (let i = 1; i <= 13; i++) {
  const row = document.createElement('p');
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: 10, value: 5 });
  const value = document.createElement('output');
  label.append(`Criterion ${i} `, input);
  value.textContent = '5';
  row.append(label, ' ', value);
  input.addEventListener('input', () => {
    value.textContent = input.value;
    total.textContent = `Total ${sliders.reduce((sum, s) => sum + Number(s.value), 0)}`;
  });
  sliders.push(input);
  document.getElementById('sliders').append(row);
}
