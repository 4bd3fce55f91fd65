namespace Spectra.Generators.Deployments.Rendering;

/// <summary>The templates of the objects around the workload: Service, Ingress, scaling, identity, network, jobs.</summary>
internal static partial class ChartTemplates
{
    public const string Service = """
        {{- if .Values.ports }}
        apiVersion: v1
        kind: Service
        metadata:
          name: {{ .Chart.Name }}
          namespace: {{ .Release.Namespace }}
          labels:
            {{- include "spectra.labels" . | nindent 4 }}
        spec:
          type: ClusterIP
          selector:
            {{- include "spectra.selectorLabels" . | nindent 4 }}
          ports:
            {{- range .Values.ports }}
            - name: {{ .name }}
              port: {{ .servicePort }}
              targetPort: {{ .name }}
              protocol: {{ .protocol }}
            {{- end }}
        {{- end }}
        """;

    public const string Ingress = """
        {{- with .Values.ingress }}
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: {{ $.Chart.Name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | nindent 4 }}
          {{- with .annotations }}
          annotations:
            {{- toYaml . | nindent 4 }}
          {{- end }}
        spec:
          {{- with .className }}
          ingressClassName: {{ . }}
          {{- end }}
          {{- if .tlsSecret }}
          tls:
            - hosts:
                - {{ .host | quote }}
              secretName: {{ .tlsSecret }}
          {{- end }}
          rules:
            - host: {{ .host | quote }}
              http:
                paths:
                  {{- range .paths }}
                  - path: {{ . | quote }}
                    pathType: Prefix
                    backend:
                      service:
                        name: {{ $.Chart.Name }}
                        port:
                          name: {{ $.Values.ingress.port }}
                  {{- end }}
        {{- end }}
        """;

    public const string Autoscaler = """
        {{- with .Values.autoscaling }}
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: {{ $.Chart.Name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | nindent 4 }}
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: {{ $.Chart.Name }}
          minReplicas: {{ .minReplicas }}
          maxReplicas: {{ .maxReplicas }}
          metrics:
            {{- range $resource := list "cpu" "memory" }}
            {{- with get $.Values.autoscaling (printf "%sUtilization" $resource) }}
            - type: Resource
              resource:
                name: {{ $resource }}
                target:
                  type: Utilization
                  averageUtilization: {{ . }}
            {{- end }}
            {{- end }}
        {{- end }}
        """;

    public const string DisruptionBudget = """
        {{- with .Values.podDisruptionBudget }}
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: {{ $.Chart.Name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | nindent 4 }}
        spec:
          {{- if hasKey . "minAvailable" }}
          minAvailable: {{ .minAvailable }}
          {{- end }}
          {{- if hasKey . "maxUnavailable" }}
          maxUnavailable: {{ .maxUnavailable }}
          {{- end }}
          selector:
            matchLabels:
              {{- include "spectra.selectorLabels" $ | nindent 6 }}
        {{- end }}
        """;

    public const string ServiceAccount = """
        {{- with .Values.serviceAccount }}
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: {{ .name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | nindent 4 }}
          {{- with .annotations }}
          annotations:
            {{- toYaml . | nindent 4 }}
          {{- end }}
        automountServiceAccountToken: {{ $.Values.security.automountServiceAccountToken }}
        {{- end }}
        """;

    public const string NetworkPolicy = """
        {{- define "spectra.peer" -}}
        {{- with .cidr }}
        ipBlock:
          cidr: {{ . }}
        {{- end }}
        {{- with .namespace }}
        namespaceSelector:
          matchLabels:
            kubernetes.io/metadata.name: {{ . }}
        {{- end }}
        {{- with .podLabels }}
        podSelector:
          matchLabels:
            {{- toYaml . | nindent 4 }}
        {{- end }}
        {{- end }}
        {{- with .Values.networkPolicy }}
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: {{ $.Chart.Name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | nindent 4 }}
        spec:
          podSelector:
            matchLabels:
              {{- include "spectra.selectorLabels" $ | nindent 6 }}
          policyTypes:
            - Ingress
            - Egress
          ingress:
            {{- range .allowFrom }}
            - from:
                - {{- include "spectra.peer" . | nindent 10 }}
              ports:
                {{- range $.Values.ports }}
                - port: {{ .containerPort }}
                  protocol: {{ .protocol }}
                {{- end }}
            {{- end }}
          egress:
            - ports:
                - port: 53
                  protocol: UDP
                - port: 53
                  protocol: TCP
            {{- range .allowTo }}
            - to:
                - {{- include "spectra.peer" . | nindent 10 }}
              {{- with .ports }}
              ports:
                {{- range . }}
                - port: {{ . }}
                  protocol: TCP
                {{- end }}
              {{- end }}
            {{- end }}
        {{- end }}
        """;

    public const string CronJobs = """
        {{- range .Values.cronJobs }}
        {{- $name := printf "%s-%s" $.Chart.Name .name }}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: {{ $name }}
          namespace: {{ $.Release.Namespace }}
          labels:
            {{- include "spectra.labels" $ | replace (printf "app.kubernetes.io/name: %s" $.Chart.Name) (printf "app.kubernetes.io/name: %s" $name) | nindent 4 }}
        spec:
          schedule: {{ .schedule | quote }}
          {{- with .timeZone }}
          timeZone: {{ . }}
          {{- end }}
          concurrencyPolicy: {{ .concurrencyPolicy }}
          jobTemplate:
            spec:
              {{- if hasKey . "backoffLimit" }}
              backoffLimit: {{ .backoffLimit }}
              {{- end }}
              template:
                metadata:
                  labels:
                    {{- include "spectra.labels" $ | replace (printf "app.kubernetes.io/name: %s" $.Chart.Name) (printf "app.kubernetes.io/name: %s" $name) | nindent 12 }}
                spec:
                  restartPolicy: Never
                  {{- include "spectra.podSpec" $ | nindent 10 }}
                  containers:
                    - name: {{ .name }}
                      {{- include "spectra.containerBody" $ | nindent 14 }}
                      {{- with .command }}
                      command:
                        {{- toYaml . | nindent 16 }}
                      {{- end }}
                      {{- include "spectra.containerSecurity" $ | nindent 14 }}
                  volumes:
                    - name: tmp
                      emptyDir: {}
        {{- end }}
        """;
}
