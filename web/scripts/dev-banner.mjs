// Printed by `npm run dev` once both servers have had a moment to start.
setTimeout(() => {
  console.log("\n  Edge Media is running:\n    UI   http://127.0.0.1:5173/media\n    API  http://127.0.0.1:8787/api/docs\n");
}, 5000);
