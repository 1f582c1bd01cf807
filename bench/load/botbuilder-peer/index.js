// The load-test peer: the smallest Bot Framework bot on the official botbuilder SDK. CloudAdapter with no app id
// (anonymous: no inbound JWT check, no outbound token), answering every message with one fixed Adaptive Card
// through the connector at the activity's serviceUrl. Usage: PORT=3979 node index.js
'use strict';

const http = require('node:http');
const { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');
const card = require('./card.json');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (_context, error) => {
  console.error('turn error:', error.message);
};

class FixedCardBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), 'Explanation of the code'));
      await next();
    });
  }
}

const bot = new FixedCardBot();
const maxBody = 256 * 1024;

// Note: CloudAdapter.process expects an Express/Restify-style request (parsed `body`) and response (`status`,
// `header`, `send`, `end`). This shim gives it that over node:http without a web framework, which can only make
// the peer faster than the Restify/Express samples it stands for.
function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= maxBody) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBody) return resolve(undefined);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', () => resolve(undefined));
  });
}

function responseShim(res) {
  return {
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (body === undefined || body === null) return this;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.write(body);
      } else {
        res.setHeader('Content-Type', 'application/json');
        res.write(JSON.stringify(body));
      }
      return this;
    },
    end() { if (!res.writableEnded) res.end(); return this; },
  };
}

const server = http.createServer(async (req, res) => {
  if (req.url !== '/api/messages') {
    res.statusCode = 404;
    return res.end();
  }

  req.body = await readJson(req);
  await adapter.process(req, responseShim(res), (context) => bot.run(context));
});

server.keepAliveTimeout = 65_000;
const port = Number(process.env.PORT || 3979);
server.listen(port, '127.0.0.1', () => console.log(`botbuilder peer listening on http://127.0.0.1:${port}/api/messages`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
