// docs/deployment.md shows the nginx configuration the reliability suite runs: the same text,
// with a deployment's addresses in place of the suite's loopback ports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainConfig, siteConfig } from './nginx-config';

const docs = readFileSync(path.join(import.meta.dirname, '../../docs/deployment.md'), 'utf8');

describe('the nginx configuration', () => {
  it('in docs/deployment.md is the one the reliability suite tests', () => {
    const shown = /```nginx\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(shown).toBe(siteConfig({
      upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'],
      listen: '443 ssl',
      serverLines: ['server_name factdesk.example.org;', 'ssl_certificate /etc/ssl/factdesk/fullchain.pem;', 'ssl_certificate_key /etc/ssl/factdesk/privkey.pem;'],
    }));
  });

  it('keeps every file of an unprivileged nginx under its own folder', () => {
    const config = mainConfig('/tmp/run', siteConfig({ upstreams: ['127.0.0.1:1'], listen: '127.0.0.1:2' }));
    for (const directive of ['pid', 'error_log', 'access_log', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path']) {
      expect(config).toMatch(new RegExp(`${directive} /tmp/run/`));
    }
    expect(config).toContain('daemon off;');
  });
});
