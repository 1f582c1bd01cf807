using System.Reflection;
using System.Reflection.Emit;

namespace NdrBot.Tests.Shared.Lint;

/// <summary>
/// Every method a type's IL calls, constructs or takes the address of (<c>call</c>, <c>callvirt</c>, <c>newobj</c>,
/// <c>ldftn</c>), compiler-generated lambdas and state machines included. Walks the IL by opcode so that operand
/// bytes are never read as instructions.
/// </summary>
internal static class IlCalls
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<ushort, OpCode> ByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value);

    public static IEnumerable<(MethodBase Caller, MethodBase Callee)> In(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var callee in Callees(method))
                {
                    yield return (method, callee);
                }
            }
        }
    }

    private static List<MethodBase> Callees(MethodBase method)
    {
        var callees = new List<MethodBase>();
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var op = il[i] == 0xFE ? ByValue[(ushort)(0xFE00 | il[i + 1])] : ByValue[il[i]];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod
                && method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArgs, methodArgs) is { } callee)
            {
                callees.Add(callee);
            }

            i += OperandSize(op.OperandType, il, i);
        }

        return callees;
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
