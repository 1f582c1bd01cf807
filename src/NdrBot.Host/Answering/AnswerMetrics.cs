using System.Diagnostics.Metrics;
using NdrBot.Cards.Model;

namespace NdrBot.Host.Answering;

/// <summary>Meter <c>NdrBot</c>: answers by channel, kind and first code.</summary>
internal sealed class AnswerMetrics
{
    public const string MeterName = "NdrBot";

    private readonly Counter<long> _answers;

    public AnswerMetrics(IMeterFactory meterFactory)
    {
        _answers = meterFactory.Create(MeterName).CreateCounter<long>("ndrbot.answers", description: "Answers given, by channel, kind and code");
    }

    public void Answered(ChatChannel channel, Answer answer) =>
        _answers.Add(1, new("channel", channel.Name()), new("kind", answer.Kind.ToString()), new("code", answer.Codes.Count > 0 ? answer.Codes[0].Code : "none"));
}
