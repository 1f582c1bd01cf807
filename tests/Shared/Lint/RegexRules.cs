using System.Reflection;
using System.Text.RegularExpressions;

namespace NdrBot.Tests.Shared.Lint;

/// <summary>
/// style.md §3.7: every regex is <see cref="RegexOptions.NonBacktracking"/> or has a timeout. A
/// <c>[GeneratedRegex]</c> must say one or the other; a regex built at run time (a constructor or a static helper
/// taking a pattern) must use an overload with a <see cref="TimeSpan"/> match timeout.
/// </summary>
internal static class RegexRules
{
    /// <summary>
    /// Where the regex source generator puts its code. For a NonBacktracking <c>[GeneratedRegex]</c> it emits a plain
    /// <c>new Regex(pattern, options)</c>; the attribute, checked below, is what decides, so its code is not judged.
    /// </summary>
    public const string GeneratedNamespace = "System.Text.RegularExpressions.Generated";

    public static List<string> Violations(IReadOnlyCollection<Type> types)
    {
        var violations = new List<string>();
        foreach (var (caller, callee) in IlCalls.In(types))
        {
            if (caller.DeclaringType?.Namespace != GeneratedNamespace && typeof(Regex).IsAssignableFrom(callee.DeclaringType) && (callee.IsConstructor || callee.IsStatic) && TakesPatternWithoutTimeout(callee))
            {
                violations.Add($"{caller.DeclaringType?.FullName}.{caller.Name} calls {callee.DeclaringType?.Name}.{callee.Name} without a match timeout");
            }
        }

        // Note: [GeneratedRegex] may sit on a partial method or (C# 13) a partial property.
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var member in types.SelectMany(t => t.GetMethods(Declared).Cast<MemberInfo>().Concat(t.GetProperties(Declared))))
        {
            if (member.GetCustomAttribute<GeneratedRegexAttribute>() is { } generated
                && !generated.Options.HasFlag(RegexOptions.NonBacktracking) && generated.MatchTimeoutMilliseconds <= 0)
            {
                violations.Add($"[GeneratedRegex(\"{generated.Pattern}\")] on {member.DeclaringType?.FullName}.{member.Name} is neither NonBacktracking nor timed");
            }
        }

        return violations;
    }

    private static bool TakesPatternWithoutTimeout(MethodBase method)
    {
        var parameters = method.GetParameters();
        return parameters.Any(p => p.Name == "pattern") && !parameters.Any(p => p.ParameterType == typeof(TimeSpan));
    }
}
