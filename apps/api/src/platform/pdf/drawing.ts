// Draws a chart or a map (shapes in points from its top left corner) at a place on the page.
import type { Drawing, Shape } from './document';
import { REGULAR } from './fonts';

const TEXT = '#1f2937';

function drawShape(doc: PDFKit.PDFDocument, shape: Shape, x: number, y: number) {
  doc.save();
  switch (shape.shape) {
    case 'line':
      doc
        .moveTo(x + shape.x1, y + shape.y1)
        .lineTo(x + shape.x2, y + shape.y2)
        .lineWidth(shape.width ?? 1)
        .stroke(shape.colour);
      break;
    case 'rect':
      doc.rect(x + shape.x, y + shape.y, shape.width, shape.height);
      if (shape.fill && shape.stroke) doc.lineWidth(1).fillAndStroke(shape.fill, shape.stroke);
      else if (shape.fill) doc.fill(shape.fill);
      else if (shape.stroke) doc.lineWidth(1).stroke(shape.stroke);
      break;
    case 'circle':
      doc.circle(x + shape.x, y + shape.y, shape.r).fillOpacity(shape.opacity ?? 1);
      if (shape.stroke)
        doc.lineWidth(shape.strokeWidth ?? 1).fillAndStroke(shape.fill, shape.stroke);
      else doc.fill(shape.fill);
      break;
    case 'text': {
      doc.font(REGULAR).fontSize(shape.size).fillColor(TEXT);
      const width = doc.widthOfString(shape.text);
      const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
      doc.text(shape.text, x + shape.x - shift, y + shape.y, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
      break;
    }
  }
  doc.restore();
}

export function drawDrawing(doc: PDFKit.PDFDocument, drawing: Drawing, x: number, y: number) {
  for (const shape of drawing.shapes) drawShape(doc, shape, x, y);
}
