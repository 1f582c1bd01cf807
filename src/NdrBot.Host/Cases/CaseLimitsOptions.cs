using System.ComponentModel.DataAnnotations;

namespace NdrBot.Host.Cases;

/// <summary>
/// The <c>Cases</c> section: how many cases (opened or attached to) a conversation and a person may start per
/// <see cref="Period"/>. Over either limit the question is still answered, without a case. Counted per replica.
/// </summary>
public sealed class CaseLimitsOptions
{
    public const string Section = "Cases";

    [Range(1, 100_000)]
    public int PerConversation { get; set; } = 30;

    [Range(1, 100_000)]
    public int PerUser { get; set; } = 10;

    /// <summary>Each limit comes back whole after this period.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);
}
