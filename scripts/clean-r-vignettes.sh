#!/usr/bin/env bash
# False alarms on statistical and biological English that nothing in the pack was tuned on or attested from: the
# vignettes (.Rnw, .Rmd sources: prose by the packages' scientists) of every fifth Debian 12 R package (CRAN and
# Bioconductor) that ships vignette sources, in sorted order; the other four fifths are attested English for the
# generator (DebianDocs.R_VIGNETTE_PACKAGES). About 257k words, checked with the pack's rules at LanguageTool's
# default level. Prints words, matches per rule and per 100,000 words, and each match.
# Usage: scripts/clean-r-vignettes.sh   (after mvn package; needs apt-get download, which works unprivileged)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
packages=(
  r-bioc-annotationdbi=1.60.0-1
  r-bioc-basilisk.utils=1.10.0+ds-1
  r-bioc-bioccheck=1.34.2+dfsg-1
  r-bioc-biocsingular=1.14.0+ds-2
  r-bioc-biostrings=2.66.0-1
  r-bioc-bsseq=1.34.0+dfsg-4
  r-bioc-ctc=1.72.0-1
  r-bioc-degreport=1.34.0+dfsg-1
  r-bioc-deseq=1.39.0-10
  r-bioc-dnacopy=1.72.3-1
  r-bioc-ebseq=1.38.0-1
  r-bioc-experimenthub=2.6.0+ds-1
  r-bioc-genomeinfodb=1.34.9-1
  r-bioc-geoquery=2.66.0+dfsg-1
  r-bioc-graph=1.76.0-2
  r-bioc-hilbertvis=1.56.0-1
  r-bioc-iranges=2.32.0-1
  r-bioc-makecdfenv=1.74.0-1
  r-bioc-mofa=1.6.1+dfsg-10
  r-bioc-noiseq=2.42.0-1
  r-bioc-progeny=1.20.0+ds-1
  r-bioc-rbgl=1.74.0+dfsg-1
  r-bioc-rhdf5filters=1.10.0+dfsg-1
  r-bioc-rsubread=2.12.2-1
  r-bioc-scaledmatrix=1.6.0+dfsg-1
  r-bioc-seqlogo=1.64.0+dfsg-1
  r-bioc-sparsematrixstats=1.10.0+dfsg-1
  r-bioc-tcgabiolinks=2.25.3+dfsg-1
  r-bioc-tximport=1.26.1+dfsg-1
  r-cran-adegraphics=1.0-17-1
  r-cran-alakazam=1.2.1-1
  r-cran-argparse=2.2.2+dfsg-1
  r-cran-bayesfactor=0.9.12-4.4+dfsg-1
  r-cran-bdgraph=2.72+dfsg-1
  r-cran-bms=0.3.5-1
  r-cran-brobdingnag=1.2-9-1
  r-cran-caret=6.0-93+dfsg-1
  r-cran-classint=0.4-9+dfsg-1
  r-cran-cmdfun=1.0.2-2
  r-cran-colorspace=2.1-0+dfsg-1
  r-cran-credentials=1.3.2-1
  r-cran-cutpointr=1.1.2-1
  r-cran-dbitest=1.7.3-1
  r-cran-desolve=1.34-1
  r-cran-distr=2.9.1+dfsg-1
  r-cran-dplyr=1.0.10-1
  r-cran-e1071=1.7-13-1
  r-cran-egg=0.4.5-3
  r-cran-epiestim=2.2-4+dfsg-1
  r-cran-expint=0.1-8-1
  r-cran-filehash=2.4-5-1
  r-cran-forcats=1.0.0-1
  r-cran-formula=1.2-4-1
  r-cran-gbutils=0.5-3
  r-cran-geoknife=1.6.10+dfsg-1
  r-cran-ggalluvial=0.12.5-2
  r-cran-ggfortify=0.4.15+dfsg-1
  r-cran-ggridges=0.5.4-1
  r-cran-gh=1.4.0-1+deb12u1
  r-cran-glue=1.6.2-1
  r-cran-gower=1.0.1-1
  r-cran-gridsvg=1.7-4-1
  r-cran-guerry=1.8.0-1
  r-cran-haven=2.5.1-1
  r-cran-highr=0.10+dfsg-1
  r-cran-httr=1.4.5+dfsg-1
  r-cran-ids=1.0.1-2
  r-cran-ipred=0.9-13-1
  r-cran-iterators=1.0.14-1
  r-cran-knitr=1.42+dfsg-1
  r-cran-later=1.3.0+dfsg-1+b1
  r-cran-leiden=0.4.3+dfsg-1
  r-cran-lintr=3.0.2-1
  r-cran-loo=2.5.1-1
  r-cran-maldiquant=1.22-1
  r-cran-markovchain=0.9.1-1
  r-cran-mclust=6.0.0-1
  r-cran-metap=1.8-1
  r-cran-mixsqp=0.3-48-1
  r-cran-mockery=0.4.3+dfsg-1
  r-cran-mvtnorm=1.1-3-1+b1
  r-cran-nloptr=2.0.3-1
  r-cran-optimx=2022-4.30+dfsg-1
  r-cran-parsetools=0.1.3-3
  r-cran-pbdzmq=0.3.9+dfsg-1
  r-cran-pillar=1.8.1+dfsg-1
  r-cran-polycub=0.8.1-1
  r-cran-powerlaw=0.70.6-2
  r-cran-proxy=0.4-27-1
  r-cran-psychtools=2.2.9-1
  r-cran-qqman=0.1.8+dfsg-1
  r-cran-rcpp=1.0.10-1
  r-cran-rcppgsl=0.3.13-1
  r-cran-rdpack=2.4-1
  r-cran-registry=0.5-1-2
  r-cran-reticulate=1.28+dfsg-1
  r-cran-rhandsontable=0.3.8+dfsg-1
  r-cran-robustbase=0.95-0-1
  r-cran-roxygen2=7.2.3-1
  r-cran-rprotobuf=0.4.20-1+b1
  r-cran-rspectra=0.16-1-1
  r-cran-rstudioapi=0.14-1
  r-cran-rvest=1.0.3-1
  r-cran-scatterplot3d=0.3-42-1
  r-cran-sets=1.0.22+ds-1
  r-cran-shinyjs=2.1.0-1
  r-cran-sjplot=2.8.12+dfsg-1
  r-cran-sodium=1.2.1+dfsg-1
  r-cran-sparsem=1.81-1
  r-cran-squarem=2021.1-1
  r-cran-stringr=1.5.0-1
  r-cran-survminer=0.4.9+dfsg-1
  r-cran-svunit=1.0.6-2
  r-cran-textshaping=0.3.6-1+b1
  r-cran-tidyselect=1.2.0+dfsg-1
  r-cran-timeseries=4021.105-2
  r-cran-treescape=1.10.18+dfsg-2
  r-cran-units=0.8-1+dfsg-1
  r-cran-v8=4.2.2+dfsg-1
  r-cran-vegan=2.6-4+dfsg-1
  r-cran-vroom=1.6.1-1
  r-cran-worrms=0.4.2+dfsg-1
  r-cran-zeallot=0.1.0-3
)
bash scripts/deb-unpack.sh "$work" "${packages[@]}"
python3 scripts/doc-paragraphs.py "$work/vignettes.txt" "$work/x/usr/lib/R/**/doc/*.Rnw" "$work/x/usr/lib/R/**/doc/*.Rmd"
bash scripts/clean-report.sh "$work/vignettes.txt"
