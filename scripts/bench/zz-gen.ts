import { ensureBigDesk } from './big-desk/generate-big-desk';
const desk = await ensureBigDesk({ regenerate: true });
console.log('generated', desk.generatedSeconds);
process.exit(0);
