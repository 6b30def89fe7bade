import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `npm run dev -w client` proxies the API of a running `basketgraph serve`
// (override with API_URL, e.g. API_URL=http://127.0.0.1:4517).
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': { target: api, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape/ },
            { name: 'vendor', test: /node_modules[\\/](@vue|vue|vue-router|@urql|wonka|graphql)[\\/]/ },
          ],
        },
      },
    },
  },
});
