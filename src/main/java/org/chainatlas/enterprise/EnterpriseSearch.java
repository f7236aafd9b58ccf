package org.chainatlas.enterprise;

import org.chainatlas.platform.PageView;

/** Full-text search of enterprises (Hibernate Search, Chinese analysers). */
public interface EnterpriseSearch {

    PageView<EnterpriseHit> search(EnterpriseQuery query);
}
