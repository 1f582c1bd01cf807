using System.Net;
using NdrBot.Core.Checks.Dns;
using NdrBot.Core.Checks.Spf;

namespace NdrBot.Core.Checks;

/// <summary>The sender domain's SPF record, evaluated for the sending IP when the bounce names it (RFC 7208).</summary>
internal sealed class SpfCheck(IDnsLookup dns)
{
    public const string ExchangeOnlineInclude = "spf.protection.outlook.com";

    private readonly SpfEvaluator _evaluator = new(dns);

    /// <summary>The SPF check for <paramref name="domain"/>; <paramref name="exchangeOnline"/> means the bounce came from Exchange Online, so the sender sends through it.</summary>
    public async Task<CheckResult> RunAsync(string domain, IPAddress? ip, bool exchangeOnline, CancellationToken cancellationToken)
    {
        if (ip is null)
        {
            return await RecordOnlyAsync(domain, exchangeOnline, cancellationToken);
        }

        var outcome = await _evaluator.EvaluateAsync(ip, domain, null, cancellationToken);
        var hint = exchangeOnline && outcome.Record is { } r && !r.Contains(ExchangeOnlineInclude, StringComparison.OrdinalIgnoreCase)
            ? $"SPF for {domain} has no include for Exchange Online: add include:{ExchangeOnlineInclude}."
            : null;
        var subject = $"{domain} for {ip}";
        var record = CheckText.Cut(outcome.Record);
        return outcome.Result switch
        {
            SpfResult.Pass => Result(subject, CheckVerdict.Pass, record, $"{ip} matches {outcome.Matched}", $"SPF passes: if the mail still failed authentication, check that DKIM signs with {domain} and that the From domain aligns."),
            SpfResult.Fail or SpfResult.SoftFail => Result(subject, outcome.Result == SpfResult.Fail ? CheckVerdict.Fail : CheckVerdict.SoftFail, record,
                $"nothing before {outcome.Matched} allows {ip}", hint ?? $"Add the server that sent this mail to the SPF record of {domain} (ip4:{ip} or its provider's include:), then send again."),
            SpfResult.Neutral => Result(subject, CheckVerdict.Neutral, record, outcome.Matched is null ? $"no term matches {ip}" : $"{ip} matches {outcome.Matched}",
                hint ?? $"The record says nothing definite about {ip}: list the sending server and end the record with -all or ~all."),
            SpfResult.None => Missing(domain, outcome.Problem),
            SpfResult.PermError => Result(subject, CheckVerdict.PermError, record, outcome.Problem, PermErrorStep(domain, outcome.Problem)),
            _ => CheckText.NoAnswer(CheckKind.Spf, subject, outcome.Problem),
        };
    }

    private async Task<CheckResult> RecordOnlyAsync(string domain, bool exchangeOnline, CancellationToken cancellationToken)
    {
        var (record, result, problem) = await _evaluator.FetchAsync(domain, cancellationToken);
        if (result == SpfResult.TempError)
        {
            return CheckText.NoAnswer(CheckKind.Spf, domain, problem);
        }

        if (record is null)
        {
            return Missing(domain, problem);
        }

        var parseError = problem ?? SpfParser.Parse(record).Error;
        if (parseError is not null)
        {
            return Result(domain, CheckVerdict.PermError, CheckText.Cut(record), parseError, PermErrorStep(domain, parseError));
        }

        var step = exchangeOnline && !record.Contains(ExchangeOnlineInclude, StringComparison.OrdinalIgnoreCase)
            ? $"SPF for {domain} has no include for Exchange Online: add include:{ExchangeOnlineInclude}."
            : $"The bounce names no sending IP: test one with ndrbot check {domain} --ip ADDRESS.";
        return Result(domain, CheckVerdict.Found, CheckText.Cut(record), "published; not tested against an IP", step);
    }

    private static CheckResult Missing(string domain, string? problem) =>
        Result(domain, CheckVerdict.Missing, null, problem ?? $"{domain} publishes no SPF record",
            $"Publish one SPF record for {domain} listing every service that sends as it, ending in -all or ~all.");

    private static string PermErrorStep(string domain, string? problem) =>
        problem is not null && problem.Contains("DNS lookups", StringComparison.Ordinal)
            ? $"SPF for {domain} needs more than 10 DNS lookups, so receivers treat it as broken: remove unused include: terms or replace some with ip4:/ip6: ranges."
            : $"Receivers treat the SPF record of {domain} as broken: fix it ({problem}).";

    private static CheckResult Result(string subject, CheckVerdict verdict, string? record, string? detail, string step) =>
        CheckText.Make(CheckKind.Spf, subject, verdict, record, detail, step);
}
