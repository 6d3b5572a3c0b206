// The bell of a new high-priority alarm: two short tones made with Web Audio (no sound file to ship),
// mutable with `m`, the choice remembered per browser.
let context = null;

export function isMuted() {
  return localStorage.getItem("vigie.muted") === "true";
}

export function setMuted(muted) {
  localStorage.setItem("vigie.muted", String(muted));
}

/** Browsers only let a page play sound after a user gesture: the console calls this on the first key or click. */
export function unlock() {
  if (!context && window.AudioContext) context = new AudioContext();
}

export function ring() {
  if (isMuted() || !context) return;
  const start = context.currentTime;
  for (const [offset, frequency] of [[0, 880], [0.22, 660]]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.2);
  }
  // Counted on the page: a silent console (speakers off) can still be checked to have rung.
  document.body.dataset.rang = String(Number(document.body.dataset.rang ?? 0) + 1);
}
