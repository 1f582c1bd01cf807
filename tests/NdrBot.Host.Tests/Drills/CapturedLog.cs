using Microsoft.Extensions.Logging;

namespace NdrBot.Host.Tests.Drills;

internal sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception = null);
