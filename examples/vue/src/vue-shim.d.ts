// Single-file components are compiled by @vitejs/plugin-vue; the type checker sees them as components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
