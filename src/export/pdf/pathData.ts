/**
 * A stand-in for a canvas 2D context that records the path calls zrender replays
 * (PathProxy.rebuildPath) as SVG path data, arcs included.
 */
export class PathRecorder {
  private parts: string[] = []
  private open = false

  private static n(v: number): string {
    return Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '0'
  }

  private cmd(c: string, ...v: number[]) {
    this.parts.push(c + v.map((x) => PathRecorder.n(x)).join(' '))
  }

  moveTo(x: number, y: number) {
    this.cmd('M', x, y)
    this.open = true
  }

  lineTo(x: number, y: number) {
    this.cmd(this.open ? 'L' : 'M', x, y)
    this.open = true
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    this.cmd('C', x1, y1, x2, y2, x, y)
  }

  quadraticCurveTo(x1: number, y1: number, x: number, y: number) {
    this.cmd('Q', x1, y1, x, y)
  }

  rect(x: number, y: number, w: number, h: number) {
    this.cmd('M', x, y)
    this.cmd('L', x + w, y)
    this.cmd('L', x + w, y + h)
    this.cmd('L', x, y + h)
    this.parts.push('Z')
    this.open = true
  }

  closePath() {
    this.parts.push('Z')
  }

  arc(cx: number, cy: number, r: number, a0: number, a1: number, ccw = false) {
    this.ellipse(cx, cy, r, r, 0, a0, a1, ccw)
  }

  /** Canvas semantics: a line from the current point to the arc's start, then the arc, in ≤ 90° pieces. */
  ellipse(cx: number, cy: number, rx: number, ry: number, rot: number, a0: number, a1: number, ccw = false) {
    const full = Math.PI * 2
    let sweep = ccw ? a0 - a1 : a1 - a0
    sweep = sweep >= full ? full : ((sweep % full) + full) % full
    const at = (a: number): [number, number] => {
      const x = rx * Math.cos(a)
      const y = ry * Math.sin(a)
      return [cx + x * Math.cos(rot) - y * Math.sin(rot), cy + x * Math.sin(rot) + y * Math.cos(rot)]
    }
    this.lineTo(...at(a0))
    const pieces = Math.max(1, Math.ceil(sweep / (Math.PI / 2) - 1e-9))
    const deg = (rot * 180) / Math.PI
    for (let i = 1; i <= pieces; i++) {
      const a = a0 + ((ccw ? -sweep : sweep) * i) / pieces
      this.cmd('A', rx, ry, deg, 0, ccw ? 0 : 1, ...at(a))
    }
  }

  /** The recorded path data. */
  toString(): string {
    return this.parts.join('')
  }
}
