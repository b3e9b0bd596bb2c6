import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// Relative base: the built files work wherever the C++ server mounts them.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: { outDir: 'dist' },
  // During `npm run dev`, forward the API to a locally running `kplan serve` (default port 8080).
  server: { proxy: { '/api': process.env.KPLAN_API ?? 'http://127.0.0.1:8080' } },
})
