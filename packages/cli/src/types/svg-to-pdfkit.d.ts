/** svg-to-pdfkit ships no types: the one function this project calls. */
declare module 'svg-to-pdfkit' {
    interface SvgToPdfOptions {
        width?: number;
        height?: number;
        assumePt?: boolean;
        preserveAspectRatio?: string;
        fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold: boolean; fauxItalic: boolean }) => string;
    }
    export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
