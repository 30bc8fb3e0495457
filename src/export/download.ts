/** Saves a blob as a real download: an `<a download>` with a blob URL, revoked once the download has started. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  try {
    a.click()
  } finally {
    a.remove()
    // The browser has the URL once click() returns; a delay keeps slow saves safe.
    setTimeout(() => URL.revokeObjectURL(url), 30_000)
  }
}

/** A canvas encoded as a blob (PNG by default). */
export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`canvas could not be encoded as ${type}`))), type, quality)
  })
}

/** Loads an image from a data URL (e.g. ECharts' getDataURL). */
export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image could not be decoded'))
    img.src = src
  })
}
