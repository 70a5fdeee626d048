using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// Parses a rule expression with a strict System.Linq.Dynamic.Core configuration and walks the
/// resulting tree before NRules ever sees it. Only the model views are reachable: members
/// of the fact and <c>ctx</c> types, and a small allow-list of helpers (string, Math, Enumerable).
/// Reflection (<c>GetType</c>, <c>Type</c>, <c>Assembly</c>), any other static member (IO, Environment,
/// Process …), object creation and assignment are rejected with a reason.
/// </summary>
internal static class ExpressionSandbox
{
    /// <summary>Strict parsing: no <c>new</c> of arbitrary types, no Equals/ToString on object.</summary>
    public static ParsingConfig Config { get; } = new()
    {
        AllowNewToEvaluateAnyType = false,
        AllowEqualsAndToStringMethodsOnObject = false,
        ResolveTypesBySimpleName = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        IsCaseSensitive = true,
        CustomTypeProvider = FactTypeProvider.Instance,
    };

    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "Contains", "StartsWith", "EndsWith", "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant",
        "Trim", "TrimStart", "TrimEnd", "IndexOf", "Substring", "Replace", "Equals", "CompareTo", "IsNullOrEmpty",
        "IsNullOrWhiteSpace", "Compare", "Concat",
    };

    private static readonly HashSet<string> MathMethods = new(StringComparer.Ordinal)
    {
        "Abs", "Min", "Max", "Round", "Floor", "Ceiling", "Sign", "Pow", "Sqrt",
    };

    private static readonly HashSet<string> EnumerableMethods = new(StringComparer.Ordinal)
    {
        "Any", "All", "Count", "Contains", "Sum", "Min", "Max", "Average", "Where", "Select", "Distinct",
    };

    /// <summary>
    /// Parses <paramref name="expression"/> as a boolean over the rule's declarations (<c>fact</c>,
    /// <c>ctx</c>, joined facts by name) and its named parameters, walks it, and returns a lambda over
    /// only the declarations it reads (so NRules sees a condition on <c>fact</c> alone as a one-fact
    /// test, and a condition naming a joined fact as a join). Parameters become constants. Throws
    /// <see cref="RuleSandboxException"/> with a reason when it does not parse or is not allowed.
    /// </summary>
    public static LambdaExpression ParseCondition(string expression, IReadOnlyList<(string Name, Type Type)> declarations, IEnumerable<(string Name, int Value)> parameters)
    {
        var decls = declarations.Select(d => Expression.Parameter(d.Type, d.Name)).ToArray();
        var locals = parameters.Select(p => (Parameter: Expression.Parameter(typeof(int), p.Name), p.Value)).ToArray();
        LambdaExpression parsed;
        try
        {
            parsed = DynamicExpressionParser.ParseLambda(Config, [.. decls, .. locals.Select(l => l.Parameter)], typeof(bool), expression);
        }
        catch (Exception e) when (e is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new RuleSandboxException($"expression does not parse: {e.Message}");
        }

        new Guard().Visit(parsed.Body);
        var body = new Substitute(locals.ToDictionary(l => l.Parameter, l => (Expression)Expression.Constant(l.Value))).Visit(parsed.Body);
        var used = new UsedParameters();
        used.Visit(body);
        return Expression.Lambda(body, decls.Where(used.Found.Contains));
    }

    private static bool IsModelView(Type? t) =>
        t is not null && t.Assembly == typeof(Fact).Assembly && t.Namespace == typeof(Fact).Namespace && t.IsPublic;

    private static bool IsPlainValue(Type t)
    {
        var u = Nullable.GetUnderlyingType(t) ?? t;
        return u.IsPrimitive || u.IsEnum || u == typeof(string) || u == typeof(decimal);
    }

    private static bool IsReadOnlyCollectionOfValues(Type t) =>
        t.IsInterface && t.IsGenericType && t.Namespace == "System.Collections.Generic" && t.GetGenericArguments().All(IsPlainValue);

    private sealed class Guard : ExpressionVisitor
    {
        private static readonly HashSet<ExpressionType> Allowed =
        [
            ExpressionType.Lambda, ExpressionType.Parameter, ExpressionType.Constant, ExpressionType.MemberAccess, ExpressionType.Call,
            ExpressionType.Convert, ExpressionType.Not, ExpressionType.Negate, ExpressionType.UnaryPlus,
            ExpressionType.AndAlso, ExpressionType.OrElse, ExpressionType.And, ExpressionType.Or, ExpressionType.ExclusiveOr,
            ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
            ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual, ExpressionType.Add, ExpressionType.Subtract,
            ExpressionType.Multiply, ExpressionType.Divide, ExpressionType.Modulo, ExpressionType.Conditional, ExpressionType.Coalesce,
        ];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null && !Allowed.Contains(node.NodeType))
            {
                throw new RuleSandboxException(node.NodeType.ToString().Contains("Assign", StringComparison.Ordinal)
                    ? "assignment is not allowed: rules read the model, they never change it"
                    : $"'{node.NodeType}' expressions are not allowed in rules");
            }

            return base.Visit(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null && !IsPlainValue(node.Type))
            {
                throw new RuleSandboxException($"a constant of type '{node.Type.Name}' is not allowed; rules compare text, numbers and flags");
            }

            return node;
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.NodeType == ExpressionType.Convert && !(IsPlainValue(node.Type) || node.Type == typeof(object) || IsReadOnlyCollectionOfValues(node.Type)))
            {
                throw new RuleSandboxException($"conversion to '{node.Type.Name}' is not allowed");
            }

            return base.VisitUnary(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var member = node.Member;
            var declaring = member.DeclaringType;
            var isStatic = member is FieldInfo { IsStatic: true } || member is PropertyInfo { GetMethod.IsStatic: true };
            var ok = member.MemberType is MemberTypes.Property or MemberTypes.Field && (
                (IsModelView(declaring) && !isStatic)
                || (declaring == typeof(string) && member.Name is "Length" or "Empty")
                || (declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(Nullable<>) && member.Name is "HasValue" or "Value")
                || (declaring is not null && IsReadOnlyCollectionOfValues(declaring) && member.Name == "Count")
                || (declaring == typeof(Math) && member.Name is "PI" or "E")
                || (declaring == typeof(int) && member.Name is "MaxValue" or "MinValue"));
            if (!ok)
            {
                throw new RuleSandboxException($"member '{declaring?.Name}.{member.Name}' is not allowed; rules may read only fact and ctx members and the string, Math and Enumerable helpers");
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var m = node.Method;
            if (m.Name == "GetType" || typeof(MemberInfo).IsAssignableFrom(m.ReturnType) || m.ReturnType == typeof(Assembly))
            {
                throw new RuleSandboxException($"reflection ('{m.Name}') is not allowed in rules");
            }

            var declaring = m.DeclaringType;
            var ok = (IsModelView(declaring) && !m.IsStatic && m.IsPublic)
                || (declaring == typeof(string) && StringMethods.Contains(m.Name))
                || (declaring == typeof(Math) && MathMethods.Contains(m.Name))
                || (declaring == typeof(Enumerable) && EnumerableMethods.Contains(m.Name))
                || (declaring is not null && IsReadOnlyCollectionOfValues(declaring) && m.Name is "get_Item" or "Contains");
            if (!ok)
            {
                throw new RuleSandboxException($"method '{declaring?.Name}.{m.Name}' is not allowed; rules may call only fact and ctx methods and the string, Math and Enumerable helpers");
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class UsedParameters : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}

/// <summary>A rule expression that does not parse or reaches beyond the model.</summary>
public sealed class RuleSandboxException(string message) : Exception(message);
