using NdrBot.Host;
using NdrBot.Host.Answering;
using NdrBot.Host.Checks;
using NdrBot.Host.Delivery;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Health;
using NdrBot.Host.Http;
using NdrBot.Host.Slack;
using NdrBot.Host.Telemetry;
using NdrBot.Host.WebChat;
using NdrBot.Teams;
using NdrBot.Triage;

var builder = WebApplication.CreateBuilder(args);

// Configure limits: chat payloads are small; anything over 256 KiB is refused with 413, a body that trickles with 408.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BoundedBody.MaxBytes);
builder.Services.AddNdrBotRequestLimits();

// Configure the pipeline: text → Explainer → Answer → card, shared by every channel.
builder.Services.AddNdrBotAnswering();

// Configure live DNS checks: run after the answer goes out, stored with the case, the card updated in place.
builder.Services.AddNdrBotLiveChecks(builder.Configuration);

// Configure triage storage: SQLite under the content root by default, PostgreSQL when Storage:Provider=postgres.
builder.Services.AddNdrBotTriage(builder.Configuration);

// Configure channels: Teams (Bot Framework), the local web chat, and Slack (off until a Slack setting is present).
builder.Services.AddNdrBotTeams();
builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section);
builder.Services.AddNdrBotSlackChannel(builder.Configuration);
builder.Services.AddNdrBotChatResilience();

// Configure the outbox: replies that still fail after the clients' retries are stored and sent again later.
builder.Services.AddNdrBotOutbox();

// Configure health and telemetry.
builder.Services.AddSingleton<IReadinessCheck, CatalogueReadinessCheck>();
builder.Services.AddSingleton<IReadinessCheck, StoreReadinessCheck>();
builder.Services.AddSingleton<IReadinessCheck, SigningKeysReadinessCheck>();
builder.Services.AddNdrBotTelemetry(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();

var app = builder.Build();
if (string.IsNullOrWhiteSpace(app.Configuration["Teams:AppId"]))
{
    HostLog.TeamsAuthOff(app.Logger);
}

// Note: with the handler in place a body over the limit (BadHttpRequestException) would turn into 500; keep its 413.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseRequestTimeouts();
app.UseWebChatAssets();
app.MapHealth();

// Configure the bot routes: each request has a deadline (Limits:RequestTimeout).
var bot = app.MapGroup("");
bot.WithRequestTimeout(RequestLimitsOptions.BotRoutesPolicy);
bot.MapTeams();
bot.MapWebChat();
bot.MapSlack(app.Configuration);
app.Run();

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
