using System.Reflection;
using System.Reflection.Emit;

namespace Tessera.Tests.Architecture;

/// <summary>Data flows one way through the stages of DESIGN.md: no type of a stage refers to a type of a later one.</summary>
public class StageOrderTests
{
    /// <summary>The stages in the order data flows through them; the root namespace (problems, resource loading) serves all.</summary>
    private static readonly string[] Stages = ["Reading", "Language", "Recognition", "Stance", "Claims", "Events", "Pipeline", "Case", "Analysis", "Output", "Evaluation"];

    private static readonly Assembly Core = typeof(Problem).Assembly;

    [Fact]
    public void Every_namespace_of_the_library_is_a_stage()
    {
        var unplaced = Core.GetTypes().Where(t => !CompilerMade(t)).Select(t => t.Namespace ?? t.FullName!)
            .Where(ns => ns != "Tessera" && StageOf(ns) < 0).Distinct().ToList();
        Assert.True(unplaced.Count == 0, "namespaces outside the stage order: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void No_stage_refers_to_a_later_stage()
    {
        var backwards = Edges()
            .Where(e => StageOf(e.From.Namespace!) is var from and >= 0 && StageOf(e.To.Namespace!) > from)
            .Select(e => $"{e.From.FullName} -> {e.To.FullName}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(backwards.Count == 0, "a stage refers to a later one:\n" + string.Join("\n", backwards));
    }

    [Fact]
    public void The_check_sees_references_made_inside_method_bodies()
    {
        // Assessment names the pipeline only inside a method body; if the scan missed bodies, the check above would pass vacuously.
        var edges = Edges().Select(e => (e.From.FullName, e.To.FullName)).ToHashSet();
        Assert.Contains(("Tessera.Case.Assessment", "Tessera.Pipeline.DocumentPipeline"), edges);
    }

    /// <summary>Types the compiler adds (lambda closures' holders, fixed-size buffers, embedded attributes) belong to no stage.</summary>
    private static bool CompilerMade(Type t) => Outermost(t).Name.StartsWith('<') || Outermost(t).IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);

    private static int StageOf(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 2 && parts[0] == "Tessera" ? Array.IndexOf(Stages, parts[1]) : -1;
    }

    /// <summary>Every reference from a library type (its own or a nested compiler-made one) to another library type.</summary>
    private static IEnumerable<(Type From, Type To)> Edges()
    {
        foreach (var type in Core.GetTypes())
        {
            var owner = Outermost(type);
            foreach (var used in Referenced(type).SelectMany(Flatten).Where(t => t.Assembly == Core && t.Namespace is not null))
            {
                var target = Outermost(used);
                if (target != owner) yield return (owner, target);
            }
        }
    }

    private static Type Outermost(Type t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    private static IEnumerable<Type> Flatten(Type t)
    {
        if (t.HasElementType) { foreach (var e in Flatten(t.GetElementType()!)) yield return e; yield break; }
        if (t.IsGenericParameter) yield break;
        yield return t.IsGenericType ? t.GetGenericTypeDefinition() : t;
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments().SelectMany(Flatten)) yield return a;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(All)) yield return f.FieldType;
        foreach (var p in type.GetProperties(All)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) yield return mi.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            foreach (var t in BodyReferences(m)) yield return t;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types a method body names: walks its IL and resolves every type, field and method token.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE) value = (short)(0xFE00 | il[at++]);
            var op = OpCodesByValue[value];
            var size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        if (m is MethodInfo mi) yield return mi.ReturnType;
                        if (m.IsGenericMethod) foreach (var a in m.GetGenericArguments()) yield return a;
                        break;
                }
            }
            at += size;
        }
    }
}
