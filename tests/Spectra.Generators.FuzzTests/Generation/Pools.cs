namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>
/// The values generators draw from. "Valid" pools hold only what GitHub accepts (the conformance validators
/// check every valid case), so anything odd that must be rejected lives in the "invalid" pools.
/// </summary>
internal static class Pools
{
    /// <summary>Strings a YAML 1.1 or 1.2 reader would not read back as strings if written plain, and other traps.</summary>
    public static readonly string[] TrickyText =
    [
        "on", "yes", "no", "off", "y", "n", "Y", "ON", "True", "false", "null", "Null", "~", "0644", "010", "0x1F", "0o17",
        "1e3", "-1", "+1", "1_000", ".5", "3.10", "1:30", "12:30:45", ".inf", "-.Inf", ".nan", "2024-01-01", "#c", "a #b",
        ": x", "a: b", "a:b", "- a", "-", "--- x", "---", "...", "* x", "*/5 * * * *", "{}", "{x}", "[a]", "[]", "&anchor",
        "*alias", "!tag", "!!str", "%YAML", "@at", "`tick", "|", ">", "|-", "? x", "?", "=", "<<", "'single'", "\"double\"",
        "it's", "say \"hi\"", "back\\slash", "C:\\path\\x", " leading", "trailing ", "  ", "\ttab", "a\tb", "€ 5", "日本語",
        "Größe", "emoji 😀", "zero\u200Bwidth", "rtl \u202Eabc", "nbsp\u00A0x", "line\u2028sep", "nel\u0085x", "bell\u0007",
        "esc\u001B[0m", "del\u007F", "bom\uFEFF", "multi\nline", "ends with newline\n", "\nstarts with newline",
        "blank\n\nline", "crlf\r\nline", "cr\ronly", "x\n  indented", "trailing spaces  \nx", "$HOME", "${HOME}", "$ {{ x }}",
        "{{ x }}", "%(x)s", "\\n literal",
    ];

    /// <summary>Ordinary words, so most values look like real workflows.</summary>
    public static readonly string[] PlainText = ["build", "Build and test", "release v1.2.3", "x", "deploy to staging", "dotnet test -c Release", "./build.sh --ci"];

    /// <summary>Expressions that are valid wherever a string may hold one (workflow env, names, scripts).</summary>
    public static readonly string[] GitHubExpressions =
    [
        "${{ github.sha }}", "${{ github.ref_name }}", "${{ github.run_number }}", "${{ github.repository }}", "${{ github.workflow }}",
        "${{ format('{0}-{1}', github.ref_name, github.run_id) }}", "${{ github.event_name == 'push' && 'yes' || 'no' }}",
    ];

    /// <summary>Expressions that are valid in step scripts only.</summary>
    public static readonly string[] StepExpressions = ["${{ runner.os }}", "${{ job.status }}", "${{ runner.temp }}", "${{ strategy.job-index }}"];

    public static readonly string[] Conditions =
    [
        "github.ref == 'refs/heads/main'", "${{ always() }}", "success()", "github.event_name == 'push'", "${{ !cancelled() }}",
        "contains(github.ref, 'release')", "failure() || github.event_name == 'workflow_dispatch'", "startsWith(github.ref, 'refs/tags/')",
    ];

    public static readonly string[] ValidIds =
    [
        "build", "a", "_", "_x", "job-1", "Build_Test", "on", "yes", "null", "true", "no", "y", "X9", "deploy-to-prod", "test_", "a-",
        "n0644", "e1e3", "job" + new string('x', 90),
    ];

    /// <summary>Job and step ids GitHub rejects: letters outside ASCII, leading digits or dashes, spaces, punctuation.</summary>
    public static readonly string[] InvalidIds =
    [
        "", " ", "build\n", "1st", "0644", "-x", "with space", "naïve", "日本", "emoji😀", "a.b", "a/b", "x\ny", "\u200B", "Ω", "a$", "${{ x }}",
        "a:b", "#x", "trailing ", " leading", "a\tb", "ÅLAND", "ǅ", "١٢", "x\u0301",
    ];

    /// <summary>C# member names of jobs whose default (kebab-case) id GitHub rejects.</summary>
    public static readonly string[] NonAsciiMemberNames = ["Größe", "Ωmega", "Job日本", "Café", "Naïve", "Дeploy", "Ĳssel"];

    public static readonly string[] MemberWords =
    [
        "Build", "Test", "Lint", "Deploy", "Publish", "Pack", "Docs", "Release", "E2E", "Api", "WebUi", "DbMigrate", "X", "_Private",
        "IOTest", "HTTPServer", "Job", "On", "Yes", "Null", "Steps", "Needs", "Name",
    ];

    public static readonly string[] ValidWorkflowIds = ["ci", "build-and-test", "nightly.v2", "a_b", "0release", "on", "yes", "CI", "w" + new string('x', 80)];

    public static readonly string[] InvalidWorkflowIds = ["", "../escape", "a/b", ".hidden", "ci.", "c i", "ü", "a\\b", "/abs", "x\n", "-", "*"];

    public static readonly string[] ValidCrons =
    [
        "0 3 * * 1-5", "*/30 6-18 * * MON-FRI", "15 4 1 * *", "0 0 * * SUN", "5,35 * * * *", "0 12 1-7 JAN,JUL *", "*/5 * * * *",
        "0 0 1 1 *", "30 23 31 12 6", "0 */6 * * *", "0  3  *  *  *",
    ];

    public static readonly string[] InvalidCrons =
    [
        "61 * * * *", "0 3 * *", "", " ", "* * * * * *", "0 24 * * *", "*/0 * * * *", "0 20-8 * * *", "@daily", "0 3 * * FUNDAY",
        "0 3 32 * *", "a b c d e", "0 3 0 * *", "0 3 * 13 *", "0 3 * * 7", "-1 * * * *", "0 3 * * 1-", "0,,1 3 * * *", "0 3 * * */",
        "1/x * * * *", "0 3 * * MON-SUN-", "٣ * * * *",
    ];

    public static readonly string[] BranchPatterns = ["main", "on", "yes", "1.0", "0644", "release/**", "feature/*", "v*", "**", "Größe", "renovate/**"];

    public static readonly string[] PathPatterns = ["src/**", "docs/*.md", "**.cs", "on", "*.yml", ".github/workflows/**", "a b/**", "日本/**"];

    public static readonly string[] PullRequestTypes = ["opened", "synchronize", "reopened", "closed", "labeled", "ready_for_review"];

    public static readonly string[] RunnerLabels = ["ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "windows-latest", "windows-2022", "macos-latest"];

    public static readonly string[] RunnerConstants = ["Runner.UbuntuLatest", "Runner.Ubuntu2404", "Runner.WindowsLatest", "Runner.Windows2022", "Runner.MacosLatest"];

    /// <summary>Environment variable names: valid for GitHub, but some read as booleans or numbers in YAML.</summary>
    public static readonly string[] EnvNames = ["CI", "DOTNET_NOLOGO", "on", "yes", "null", "true", "ON", "Y", "_", "a_b", "PATH_2", "x" + new string('Y', 60)];

    public static readonly string[] InputNames = ["environment", "dry-run", "on", "yes", "_x", "Version2", "null", "log_level"];

    public static readonly string[] Shells = ["bash", "pwsh"];

    public static readonly string[] EnvironmentNames = ["staging", "production", "dev-1", "on", "Größe"];

    /// <summary>C# expressions Spectra cannot evaluate at compile time; each must be reported as SPX0002.</summary>
    public static readonly string[] Unevaluable =
    [
        "DateTime.Now.ToString()", "Environment.NewLine", "Fast ? \"a\" : \"b\"", "string.Concat(\"a\", \"b\")", "new string('a', 3)",
        "typeof(int).Name", "\"x\".ToUpperInvariant()", "Guid.NewGuid().ToString()", "Maybe ?? \"x\"", "Counter.ToString()",
        "Environment.GetEnvironmentVariable(\"HOME\")!", "new object().ToString()!", "(Fast ? Mutable : \"b\")",
    ];

    /// <summary>Expressions that are valid C# but unusual for a declaration: evaluated or reported, never a crash.</summary>
    public static readonly string[] Odd =
    [
        "Mutable", "$\"{Mutable}\"", "(\"a\" + Mutable)", "nameof(Mutable) + Mutable", "default(string)!", "null!", "Maybe!",
        "$\"{1}{true}{'c'}{1.5}\"", "\"a\" + 1 + true", "(string)(object)\"x\"", "((\"x\"))", "\"\\uD800\"", "\"\\0\"",
        "Helper(Helper(\"x\"))", "$@\"{Const}\\n\"", "$\"{Counter}\"", "\"\"\"\"\n    raw \"\"\" ok\n    \"\"\"\"",
    ];
}
