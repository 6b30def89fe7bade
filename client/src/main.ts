import { createApp } from 'vue';
import urql from '@urql/vue';
import App from './App.vue';
import { createAppRouter } from './router';
import { createApiClient } from './urql';
import './styles.css';

createApp(App).use(createAppRouter()).use(urql, createApiClient()).mount('#app');
